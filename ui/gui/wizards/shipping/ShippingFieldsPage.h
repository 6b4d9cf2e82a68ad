#pragma once

#include "importjob/ShippingValidator.h"

#include <QList>
#include <QWizardPage>

class QGridLayout;
class QLabel;

namespace Semina::Ui {

class ShippingDetailsWizard;

// What the three pages of shipping fields share: each field with its caption (mnemonic and
// buddy), its editor and the validator's message under it, checked as it is typed by the
// engine's ShippingValidator, written into the wizard's details; Next is enabled only when
// every field of the page passes. Values that help next time (not the tracking number or the
// ship date) are offered again from the settings.
class ShippingFieldsPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ShippingFieldsPage(ShippingDetailsWizard *wizard);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

    // The message under a field; empty when it is valid.
    [[nodiscard]] QString problem(Offline::ShippingField field) const;

    // The settings key of a remembered field; empty for a field that is never remembered.
    static QString settingsKey(Offline::ShippingField field);
    // Remembers the committed values of every remembered field.
    static void remember(const Offline::ShippingDetails &details);

protected:
    // Adds a row: caption, editor (a QLineEdit, an editable QComboBox or a QDateEdit) and the
    // message under it. The editor gets `objectName`, the message `objectName + "Problem"`.
    void addField(Offline::ShippingField field, const QString &caption, QWidget *editor, const QString &objectName);
    // A problem of the page's own, checked after the validator's (a tracking number taken).
    [[nodiscard]] virtual QString ownProblem(Offline::ShippingField field, const QString &value) const;
    [[nodiscard]] QString value(Offline::ShippingField field) const;
    [[nodiscard]] QWidget *editor(Offline::ShippingField field) const;
    void validate();

    ShippingDetailsWizard *m_wizard;
    QGridLayout *m_grid;

private:
    struct Field {
        Offline::ShippingField field;
        QWidget *editor = nullptr;
        QLabel *problem = nullptr;
        bool touched = false;
        QString message;
    };
    QList<Field> m_fields;
};

} // namespace Semina::Ui
