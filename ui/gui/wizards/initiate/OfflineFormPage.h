#pragma once

#include "importjob/ImportJob.h"
#include "offline/OfflineBackupForm.h"
#include "offline/OfflineFormValidator.h"
#include "offline/PublishSettings.h"

#include <QHash>
#include <QWizardPage>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Semina::Ui {

class InitiateBackupWizard;

// The original's offline-backup form, its six fields in its order. Every field is checked as
// it is typed by the engine's OfflineFormValidator, the message beside it; Next is enabled
// only when all six pass.
class OfflineFormPage : public QWizardPage {
    Q_OBJECT

public:
    explicit OfflineFormPage(InitiateBackupWizard *wizard);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override;
    bool validatePage() override;

    [[nodiscard]] Offline::OfflineBackupForm form() const;
    // The message shown beside a field; empty when the field is valid.
    [[nodiscard]] QString problem(Offline::FormField field) const;

private:
    struct Field {
        QWidget *editor = nullptr;
        QLabel *problem = nullptr;
        bool touched = false;
    };

    QWidget *addField(Offline::FormField field, const QString &label, QWidget *editor, const QString &objectName,
                      QPushButton *browse = nullptr);
    void publishSettingsChanged();
    void offerUnfinishedJobs();
    void continueJob(const Offline::ImportJob &job);
    void validate();
    void browseStaging();
    void browsePublishSettings();
    [[nodiscard]] QString text(Offline::FormField field) const;

    InitiateBackupWizard *m_wizard;
    QLineEdit *m_staging;
    QLineEdit *m_publishSettings;
    QLineEdit *m_jobName;
    QComboBox *m_subscription;
    QComboBox *m_account;
    QLineEdit *m_container;
    QLabel *m_subscriptionNames;
    QWidget *m_continueRow;
    QHash<int, Field> m_fields;
    QHash<int, QString> m_problems;
    Offline::OfflineFormValidator m_validator;
    std::optional<Offline::PublishSettings> m_settings;
};

} // namespace Semina::Ui
