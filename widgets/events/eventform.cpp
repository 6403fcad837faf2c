// SPDX-License-Identifier: MIT
#include "widgets/events/eventform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QSpinBox>

#include "engine/events/eventtemplate.h"

namespace Bullpen {

EventForm::EventForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
    , m_empty(new QLabel(tr("Pick an event template to fill in its parameters."), this))
{
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // In a narrow dock a long label goes above its field instead of squeezing it.
    m_layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_layout->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_layout->addRow(m_empty);
}

void EventForm::setTemplate(const EventTemplate *tmpl)
{
    m_template = tmpl;
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_fields.clear();
    m_empty = nullptr;
    if (!tmpl) {
        m_empty = new QLabel(tr("Pick an event template to fill in its parameters."), this);
        m_empty->setWordWrap(true);
        m_empty->setEnabled(false);
        m_layout->addRow(m_empty);
        return;
    }
    if (tmpl->parameters.isEmpty()) {
        m_empty = new QLabel(tr("This event has no parameters: edit the JSON directly."), this);
        m_empty->setWordWrap(true);
        m_empty->setEnabled(false);
        m_layout->addRow(m_empty);
    }
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const EventParameter &p : tmpl->parameters) {
        QWidget *w = nullptr;
        switch (p.type) {
        case EventParameter::Type::String: {
            auto *edit = new QLineEdit(p.defaultValue, this);
            edit->setPlaceholderText(p.required ? tr("required") : QString());
            connect(edit, &QLineEdit::textEdited, this, [this] { Q_EMIT valuesChanged(); });
            w = edit;
            break;
        }
        case EventParameter::Type::Text:
        case EventParameter::Type::Json: {
            auto *edit = new QPlainTextEdit(p.defaultValue, this);
            if (p.type == EventParameter::Type::Json)
                edit->setFont(mono);
            edit->setTabChangesFocus(true);
            edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
            connect(edit, &QPlainTextEdit::textChanged, this, [this] {
                if (!m_updating)
                    Q_EMIT valuesChanged();
            });
            w = edit;
            break;
        }
        case EventParameter::Type::Integer: {
            auto *spin = new QSpinBox(this);
            spin->setRange(p.minimum, p.maximum);
            spin->setValue(p.defaultValue.toInt());
            spin->setGroupSeparatorShown(true);
            connect(spin, &QSpinBox::valueChanged, this, [this] {
                if (!m_updating)
                    Q_EMIT valuesChanged();
            });
            w = spin;
            break;
        }
        case EventParameter::Type::Boolean: {
            auto *check = new QCheckBox(this);
            check->setChecked(p.defaultValue == u"true");
            connect(check, &QCheckBox::toggled, this, [this] {
                if (!m_updating)
                    Q_EMIT valuesChanged();
            });
            w = check;
            break;
        }
        case EventParameter::Type::Choice: {
            auto *combo = new QComboBox(this);
            // Long choices must not set the form's (and the dock's) minimum width.
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            combo->setMinimumContentsLength(10);
            combo->addItems(p.choices);
            combo->setCurrentText(p.defaultValue);
            connect(combo, &QComboBox::currentTextChanged, this, [this] {
                if (!m_updating)
                    Q_EMIT valuesChanged();
            });
            w = combo;
            break;
        }
        }
        w->setObjectName(QStringLiteral("param:") + p.name);
        w->setToolTip(p.description.isEmpty() ? p.name : QStringLiteral("%1\n(--%2)").arg(p.description, p.name));
        auto *label = new QLabel(p.title + (p.required ? QStringLiteral(" *") : QString()), this);
        label->setBuddy(w);
        label->setToolTip(w->toolTip());
        m_layout->addRow(label, w);
        m_fields.insert(p.name, w);
    }
}

QWidget *EventForm::field(const QString &name) const
{
    return m_fields.value(name);
}

QString EventForm::valueOf(const QString &name) const
{
    QWidget *w = m_fields.value(name);
    if (auto *e = qobject_cast<QLineEdit *>(w))
        return e->text();
    if (auto *e = qobject_cast<QPlainTextEdit *>(w))
        return e->toPlainText();
    if (auto *s = qobject_cast<QSpinBox *>(w))
        return QString::number(s->value());
    if (auto *c = qobject_cast<QCheckBox *>(w))
        return c->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    if (auto *c = qobject_cast<QComboBox *>(w))
        return c->currentText();
    return {};
}

void EventForm::setValueOf(const QString &name, const QString &value)
{
    QWidget *w = m_fields.value(name);
    if (auto *e = qobject_cast<QLineEdit *>(w)) {
        if (e->text() != value)
            e->setText(value);
    } else if (auto *e = qobject_cast<QPlainTextEdit *>(w)) {
        if (e->toPlainText() != value)
            e->setPlainText(value);
    } else if (auto *s = qobject_cast<QSpinBox *>(w)) {
        s->setValue(value.toInt());
    } else if (auto *c = qobject_cast<QCheckBox *>(w)) {
        c->setChecked(value == u"true");
    } else if (auto *c = qobject_cast<QComboBox *>(w)) {
        c->setCurrentText(value);
    }
}

QMap<QString, QString> EventForm::values() const
{
    QMap<QString, QString> map;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        map.insert(it.key(), valueOf(it.key()));
    return map;
}

void EventForm::setValues(const QMap<QString, QString> &values)
{
    const QScopedValueRollback guard(m_updating, true);
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (m_fields.contains(it.key()))
            setValueOf(it.key(), it.value());
    }
}

} // namespace Bullpen
