// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace Bullpen {

struct EventTemplate;

// The form generated from an event template's parameter schema: one field per
// parameter, of a kind that fits its type (line, text box, spin box, check box,
// list, JSON box). Each field's object name is "param:<name>". Emits
// valuesChanged() when the user edits a field, never when setValues() does.
class EventForm final : public QWidget
{
    Q_OBJECT
public:
    explicit EventForm(QWidget *parent = nullptr);

    void setTemplate(const EventTemplate *tmpl);
    const EventTemplate *eventTemplate() const { return m_template; }
    QMap<QString, QString> values() const;
    // Updates the named fields only; others keep what the user typed.
    void setValues(const QMap<QString, QString> &values);
    QWidget *field(const QString &name) const;

Q_SIGNALS:
    void valuesChanged();

private:
    QString valueOf(const QString &name) const;
    void setValueOf(const QString &name, const QString &value);

    const EventTemplate *m_template = nullptr;
    QFormLayout *m_layout;
    QLabel *m_empty;
    QMap<QString, QWidget *> m_fields;
    bool m_updating = false;
};

} // namespace Bullpen
