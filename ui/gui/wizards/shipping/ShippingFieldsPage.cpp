#include "wizards/shipping/ShippingFieldsPage.h"

#include "widgets/FormFields.h"
#include "wizards/shipping/ShippingDetailsWizard.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>

namespace Semina::Ui {

using Offline::ShippingField;

ShippingFieldsPage::ShippingFieldsPage(ShippingDetailsWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_grid(new QGridLayout(this))
{
    m_grid->setColumnStretch(1, 1);
    m_grid->setVerticalSpacing(2);
}

void ShippingFieldsPage::addField(ShippingField field, const QString &caption, QWidget *editor,
                                  const QString &objectName)
{
    const int row = m_grid->rowCount();
    auto *label = new QLabel(caption, this);
    label->setBuddy(editor);
    editor->setObjectName(objectName);
    editor->setAccessibleName(Offline::shippingFieldLabel(field));
    // A line is kept for the message while it is hidden, so showing it does not move the fields.
    QLabel *problem = newFieldProblem(this, objectName + QStringLiteral("Problem"), 1);
    m_grid->addWidget(label, row, 0);
    m_grid->addWidget(editor, row, 1);
    m_grid->addWidget(problem, row + 1, 1);
    if (!m_fields.isEmpty())
        setTabOrder(m_fields.last().editor, editor);
    m_fields.append({field, editor, problem, false, {}});

    const auto touched = [this, field]() {
        for (Field &entry : m_fields) {
            if (entry.field == field)
                entry.touched = true;
        }
    };
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        connect(edit, &QLineEdit::textEdited, this, touched);
        connect(edit, &QLineEdit::textChanged, this, &ShippingFieldsPage::validate);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        connect(combo->lineEdit(), &QLineEdit::textEdited, this, touched);
        connect(combo, &QComboBox::currentTextChanged, this, &ShippingFieldsPage::validate);
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        connect(date, &QDateEdit::dateChanged, this, touched);
        connect(date, &QDateEdit::dateChanged, this, &ShippingFieldsPage::validate);
    }
}

QString ShippingFieldsPage::settingsKey(ShippingField field)
{
    // The field's English name: stable across releases and languages.
    const char *name = nullptr;
    switch (field) {
    case ShippingField::TrackingNumber: // one per package
    case ShippingField::DriveCount: // the job's
    case ShippingField::ShipDate: // today's
        return {};
    case ShippingField::Carrier:
        name = "carrier";
        break;
    case ShippingField::Recipient:
        name = "recipient";
        break;
    case ShippingField::Street1:
        name = "street1";
        break;
    case ShippingField::Street2:
        name = "street2";
        break;
    case ShippingField::City:
        name = "city";
        break;
    case ShippingField::StateOrProvince:
        name = "stateOrProvince";
        break;
    case ShippingField::PostalCode:
        name = "postalCode";
        break;
    case ShippingField::CountryOrRegion:
        name = "countryOrRegion";
        break;
    case ShippingField::Phone:
        name = "phone";
        break;
    case ShippingField::Email:
        name = "email";
        break;
    case ShippingField::ReturnCarrier:
        name = "returnCarrier";
        break;
    case ShippingField::ReturnAccountNumber:
        name = "returnAccountNumber";
        break;
    }
    return QLatin1String(ShippingSettings::kGroup) + QLatin1Char('/') + QLatin1String(name);
}

void ShippingFieldsPage::remember(const Offline::ShippingDetails &details)
{
    QSettings settings;
    for (int i = int(ShippingField::Carrier); i <= int(ShippingField::ReturnAccountNumber); ++i) {
        const auto field = ShippingField(i);
        const QString key = settingsKey(field);
        if (!key.isEmpty())
            settings.setValue(key, Offline::shippingFieldValue(details, field));
    }
}

void ShippingFieldsPage::initializePage()
{
    const QSettings settings;
    for (Field &entry : m_fields) {
        const QString key = settingsKey(entry.field);
        const QString remembered = key.isEmpty() ? QString() : settings.value(key).toString();
        if (remembered.isEmpty() || !value(entry.field).isEmpty())
            continue;
        if (auto *edit = qobject_cast<QLineEdit *>(entry.editor))
            edit->setText(remembered);
        else if (auto *combo = qobject_cast<QComboBox *>(entry.editor))
            combo->setCurrentText(remembered);
    }
    validate();
}

QString ShippingFieldsPage::value(ShippingField field) const
{
    QWidget *widget = editor(field);
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        return edit->text().trimmed();
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        return combo->currentText().trimmed();
    if (auto *date = qobject_cast<QDateEdit *>(widget))
        return date->date().toString(Qt::ISODate);
    return {};
}

QWidget *ShippingFieldsPage::editor(ShippingField field) const
{
    for (const Field &entry : m_fields) {
        if (entry.field == field)
            return entry.editor;
    }
    return nullptr;
}

QString ShippingFieldsPage::ownProblem(ShippingField, const QString &) const
{
    return {};
}

void ShippingFieldsPage::validate()
{
    for (Field &entry : m_fields) {
        QString typed = value(entry.field);
        // The carrier as the service spells it ("ups" is UPS).
        if (entry.field == ShippingField::Carrier && m_wizard->validator) {
            const QString supported = m_wizard->validator->supportedCarrier(typed);
            if (!supported.isEmpty())
                typed = supported;
        }
        Offline::setShippingField(m_wizard->details, entry.field, typed);
        std::optional<QString> message;
        if (m_wizard->validator)
            message = m_wizard->validator->check(entry.field, m_wizard->details);
        entry.message = message ? *message : ownProblem(entry.field, typed);
        const bool show = !entry.message.isEmpty() && (entry.touched || !typed.isEmpty());
        entry.problem->setText(entry.message);
        entry.problem->setVisible(show);
        // A screen reader reads the message with the field.
        entry.editor->setAccessibleDescription(show ? entry.message : QString());
    }
    Q_EMIT completeChanged();
}

QString ShippingFieldsPage::problem(ShippingField field) const
{
    for (const Field &entry : m_fields) {
        if (entry.field == field)
            return entry.message;
    }
    return {};
}

bool ShippingFieldsPage::isComplete() const
{
    if (!m_wizard->validator)
        return false;
    return std::ranges::all_of(m_fields, [](const Field &entry) { return entry.message.isEmpty(); });
}

} // namespace Semina::Ui
