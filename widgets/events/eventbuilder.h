// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QWidget>

#include "engine/events/eventdraftstore.h"
#include "engine/events/eventgenerator.h"
#include "engine/events/eventvalidator.h"
#include "engine/events/savedeventstore.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QTabWidget;
class QCheckBox;
class QTimer;
class QToolButton;
class QTreeView;
class QTreeWidget;

namespace Bullpen {

class CodeEditor;
class EventCatalog;
class EventCatalogModel;
class EventCatalogFilterModel;
class EventForm;

// The event payload builder: the searchable catalogue of event templates, the
// form generated from the chosen template's parameters, the JSON in a code
// editor (both kept in step), the validation findings, and the project's saved
// events (events/*.json). Owns its models and a SavedEventStore; keeps a draft
// of unsaved work in an EventDraftStore so that nothing is lost on close.
class EventBuilder final : public QWidget
{
    Q_OBJECT
public:
    explicit EventBuilder(QWidget *parent = nullptr);
    ~EventBuilder() override;

    void setProjectDirectory(const QString &directory);
    QString projectDirectory() const { return m_store.projectDirectory(); }
    void setFunction(const QString &logicalId);
    QString function() const { return m_function; }

    QByteArray currentPayload() const;
    // The saved event being edited; empty for one not saved yet.
    QString currentEventName() const { return m_savedName; }
    const EventTemplate *currentTemplate() const { return m_template; }
    // The findings about the payload. A payload over ValidateHereBytes is
    // checked in a worker thread: its findings follow with validated().
    QList<ValidationIssue> issues() const { return m_issues; }
    static constexpr qsizetype ValidateHereBytes = 32 * 1024;

    bool selectTemplate(const QString &service, const QString &event);
    bool openSavedEvent(const QString &name, QString *error = nullptr);
    // Saves the current payload under name (the template and form go to the index).
    bool saveAs(const QString &name, QString *error = nullptr);
    bool hasUnsavedChanges() const { return m_dirty; }
    // Saves unsaved work: under its name, or a new unique one.
    bool saveAll(QString *error = nullptr);

    // Drafts: written shortly after every change, removed once saved.
    void setDraftDirectory(const QString &directory);
    bool hasDraft() const;
    bool restoreDraft();
    void discardDraft();
    void flushDraft();

    // Pinned: timestamps and ids stay fixed across regenerations.
    void setPinned(bool pinned);
    SavedEventStore &store() { return m_store; }
    CodeEditor *editor() const { return m_editor; }
    EventForm *form() const { return m_form; }

Q_SIGNALS:
    void payloadChanged();
    void unsavedChangesChanged(bool unsaved);
    void errorOccurred(const QString &message);
    // issues() and the findings list show the payload as it is now.
    void validated();

private:
    void buildUi();
    void applyTemplate(const EventTemplate *tmpl);
    void regenerate();
    void onEditorChanged();
    void validate();
    void showIssues(const QList<ValidationIssue> &issues, const QByteArray &payload);
    void setDirty(bool dirty);
    void refreshSavedList();
    void report(const QString &message);
    QString askName(const QString &title, const QString &initial);
    void renameSelected();
    void duplicateSelected();
    void deleteSelected();
    void undoDelete();
    void importFile();
    void exportSelected();
    QString selectedSavedName() const;

    const EventCatalog *m_catalog;
    EventCatalogModel *m_model = nullptr;
    EventCatalogFilterModel *m_filter = nullptr;
    SavedEventStore m_store;
    EventDraftStore m_drafts;
    QString m_function;
    const EventTemplate *m_template = nullptr;
    QString m_savedName;
    bool m_dirty = false;
    bool m_updating = false;
    EventGeneratorOptions m_options;
    QList<ValidationIssue> m_issues;
    quint64 m_validationGeneration = 0; // the latest validate(); older findings are dropped
    QList<SavedEventSnapshot> m_deleted;

    QTabWidget *m_sections = nullptr;
    QWidget *m_formPage = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_tree = nullptr;
    QListWidget *m_saved = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    EventForm *m_form = nullptr;
    QCheckBox *m_pin = nullptr;
    CodeEditor *m_editor = nullptr;
    QTreeWidget *m_validation = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_undo = nullptr;
    QTimer *m_draftTimer = nullptr;
};

} // namespace Bullpen
