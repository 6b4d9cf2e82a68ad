#pragma once

#include <QAbstractButton>
#include <QLineEdit>
#include <QTest>
#include <QWizard>

namespace Semina::Test {

// Drives a wizard as a person does: fields found by object name, typed into, Next pressed.
class WizardDriver {
public:
    explicit WizardDriver(QWizard &wizard)
        : m_wizard(wizard)
    {
    }

    template <typename T> T *find(const QString &name) const
    {
        return m_wizard.currentPage() ? m_wizard.currentPage()->findChild<T *>(name) : nullptr;
    }

    // Replaces the text of a line edit (or an editable combo box's) by typing `text`.
    bool type(const QString &name, const QString &text) const
    {
        QLineEdit *edit = find<QLineEdit>(name);
        if (!edit) {
            if (auto *owner = find<QWidget>(name))
                edit = owner->findChild<QLineEdit *>();
        }
        if (!edit)
            return false;
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        if (text.isEmpty()) {
            // Typed then erased: the field counts as touched, so an empty value shows its message.
            QTest::keyClicks(edit, QStringLiteral("x"));
            QTest::keyClick(edit, Qt::Key_Backspace);
        } else {
            QTest::keyClicks(edit, text);
        }
        return true;
    }

    QAbstractButton *button(QWizard::WizardButton which) const { return m_wizard.button(which); }
    bool canGoNext() const
    {
        return button(QWizard::NextButton)->isEnabled() && button(QWizard::NextButton)->isVisible();
    }
    void next() const { QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton); }
    int page() const { return m_wizard.currentId(); }

private:
    QWizard &m_wizard;
};

} // namespace Semina::Test
