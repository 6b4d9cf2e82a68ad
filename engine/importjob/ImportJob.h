#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Semina::Offline {

// Where an import job stands. The first three are the server's own (the seed being written into
// the staging location, then ready for the drives, then copied onto drives that are ready to
// ship, engine/drives); the rest are the Import/Export service's
// job states (DOMAIN.md), mirrored from the station once the drives are on their way.
enum class ImportJobState {
    Seeding,
    Seeded,
    DrivesPrepared,
    Creating,
    Shipping,
    Received,
    Transferring,
    Packaging,
    Completed,
    Closed, // ended with errors
    Canceled,
};

// The state's name as stored and as the service spells it ("Transferring"); `jobs --json`
// gives it too.
QString stateName(ImportJobState state);
std::optional<ImportJobState> stateFromName(const QString &name);
// The same name translated, for people: one name per state everywhere (README, `jobs`, the
// seed's last line, the wizard); in English it is stateName().
QString stateLabel(ImportJobState state);
// Whether a job may go from one state to the other, by the one table in StateTable.cpp:
// forward through the list, Closed from any state after Creating, Canceled only while Seeding,
// Seeded, DrivesPrepared, Creating or Shipping.
bool canMove(ImportJobState from, ImportJobState to);
// Completed, Closed and Canceled: nothing more will happen to the job.
bool isFinal(ImportJobState state);

// One offline-backup job of this server: the form as it was filled, and where it stands.
struct ImportJob {
    QString name;
    QString subscriptionId;
    QString storageAccount;
    QString container;
    QString stagingLocation; // as given (a network path stays one)
    QString publishSettingsFile;
    QStringList sources;
    QStringList excludes; // left out of the sources, so that "Continue job" resumes the same seed
    QString vaultId; // empty until the seed's vault exists
    ImportJobState state = ImportJobState::Seeding;
    QDateTime created; // UTC
    QDateTime updated; // UTC
    qint64 protectedBytes = 0;
    qint64 seedBytes = 0;
    // Incremented by every save; a save from a stale copy is refused (Conflict).
    qint64 revision = 0;

    [[nodiscard]] QJsonObject toJson() const;
    static Result<ImportJob> fromJson(const QJsonObject &json);
};

} // namespace Semina::Offline
