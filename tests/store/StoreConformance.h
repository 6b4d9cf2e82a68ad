#pragma once

#include "store/ObjectStore.h"

#include <QObject>

#include <functional>
#include <memory>

// The contract of ObjectStore (engine/store/ObjectStore.h), checked the same way against
// every backend: main() runs this class once per backend.
class StoreConformance : public QObject {
    Q_OBJECT

public:
    using Factory = std::function<Semina::Result<std::unique_ptr<Semina::Store::ObjectStore>>()>;
    // `blockSize` is the backend's block size, so the block-boundary cases hit it exactly.
    StoreConformance(QString backend, Factory factory, qint64 blockSize);

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void containersAreCreatedOnceAndDeletedOnce();
    void invalidContainerNamesAreRefused_data();
    void invalidContainerNamesAreRefused();
    void objectsRoundTripWhole_data();
    void objectsRoundTripWhole();
    void namesKeepSpacesUnicodeAndSlashes_data();
    void namesKeepSpacesUnicodeAndSlashes();
    void namesThatCouldEscapeAreRefused_data();
    void namesThatCouldEscapeAreRefused();
    void rangesReadExactlyTheirBytes_data();
    void rangesReadExactlyTheirBytes();
    void etagChangesOnEveryWrite();
    void conditionalPutsFollowTheirCondition();
    void missingThingsAreNamedInNotFound();
    void listingFiltersByPrefixAndPages();
    void tenThousandObjectsAreListedAcrossPages();
    void copyBetweenContainersKeepsTheBytes();
    void removeMakesAnObjectGoneAndIsIdempotent();
    void twoWritersRacingIfAbsentExactlyOneWins();
    void twoWritersRacingIfMatchExactlyOneWins();
    void cancelledUploadLeavesNothing();
    void largeTransfersReportProgress();

private:
    QString m_backend;
    Factory m_factory;
    qint64 m_blockSize;
    std::unique_ptr<Semina::Store::ObjectStore> m_store;
    QString m_container; // fresh for each test function
    QString m_other; // a second container for copies
};
