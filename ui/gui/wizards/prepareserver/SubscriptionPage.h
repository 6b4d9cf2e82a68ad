#pragma once

#include "offline/PublishSettings.h"

#include <QWizardPage>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Semina::Ui {

class PrepareServerWizard;

// Which subscription the server is prepared for: a local one issued for the embedded default,
// or one of the subscriptions of a publish settings file (shown by name).
class SubscriptionPage : public QWizardPage {
    Q_OBJECT

public:
    explicit SubscriptionPage(PrepareServerWizard *wizard);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override;
    bool validatePage() override;

private:
    void readFile();
    void updateEnabled();
    void browse();

    PrepareServerWizard *m_wizard;
    QRadioButton *m_local;
    QLineEdit *m_localName;
    QRadioButton *m_fromFile;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QComboBox *m_subscriptions;
    QLabel *m_fileStatus;
    std::optional<Offline::PublishSettings> m_settings;
};

} // namespace Semina::Ui
