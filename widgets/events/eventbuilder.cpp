// SPDX-License-Identifier: MIT
#include "widgets/events/eventbuilder.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFuture>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPromise>
#include <QRandomGenerator>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "engine/events/eventcatalog.h"
#include "engine/events/eventcatalogmodel.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/events/eventform.h"

namespace Bullpen {

namespace {
QToolButton *toolButton(QWidget *parent, QStyle::StandardPixmap icon, const QString &text, const QString &tip)
{
    auto *b = new QToolButton(parent);
    b->setIcon(parent->style()->standardIcon(icon));
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}
} // namespace

EventBuilder::EventBuilder(QWidget *parent)
    : QWidget(parent)
    , m_catalog(&EventCatalog::builtin())
{
    buildUi();
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(400);
    connect(m_draftTimer, &QTimer::timeout, this, &EventBuilder::flushDraft);
    if (!m_catalog->errors().isEmpty())
        report(tr("Some event templates could not be loaded:\n%1").arg(m_catalog->errors().join(u'\n')));
}

EventBuilder::~EventBuilder()
{
    if (m_draftTimer->isActive())
        flushDraft();
}

void EventBuilder::buildUi()
{
    // One column, so that the builder fits a side dock (~450 px): the title of
    // what is being edited, then the ways to pick it (template, saved event,
    // form) as tabs, then the JSON and its findings, which stay in view
    // whichever tab is open.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);
    outer->setSpacing(4);
    m_title = new QLabel(tr("No template"), this);
    m_title->setObjectName(QStringLiteral("title"));
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.15);
    tf.setBold(true);
    m_title->setFont(tf);
    m_title->setWordWrap(true);
    outer->addWidget(m_title);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("builderSplitter"));
    split->setChildrenCollapsible(false);
    outer->addWidget(split, 1);

    m_sections = new QTabWidget(split);
    m_sections->setObjectName(QStringLiteral("sections"));
    m_sections->setDocumentMode(true);
    m_sections->setUsesScrollButtons(false);

    // Templates: the searchable catalogue.
    auto *templates = new QWidget(m_sections);
    auto *templatesLayout = new QVBoxLayout(templates);
    templatesLayout->setContentsMargins(0, 4, 0, 0);
    m_search = new QLineEdit(templates);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search events…"));
    m_search->setClearButtonEnabled(true);
    templatesLayout->addWidget(m_search);
    m_model = new EventCatalogModel(m_catalog, this);
    m_filter = new EventCatalogFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_tree = new QTreeView(templates);
    m_tree->setObjectName(QStringLiteral("catalogue"));
    m_tree->setModel(m_filter);
    m_tree->setHeaderHidden(true);
    // Not setUniformRowHeights(): the view caches the uniform height at its
    // first layout, and inside the main window's dock that came out as 0 px,
    // so every row of the catalogue was there but drawn nowhere.
    m_tree->setToolTip(tr("Double-click an event (or press Enter) to fill in its form"));
    templatesLayout->addWidget(m_tree, 1);
    m_sections->addTab(templates, tr("Templates"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    // Enter in the search box takes the first match, so the mouse is optional.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        QModelIndex first = m_filter->index(0, 0);
        if (m_filter->rowCount(first) > 0)
            first = m_filter->index(0, 0, first);
        if (first.isValid()) {
            m_tree->setCurrentIndex(first);
            if (m_model->eventAt(m_filter->mapToSource(first)))
                m_sections->setCurrentWidget(m_formPage);
        }
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (const EventTemplate *t = m_model->eventAt(m_filter->mapToSource(current)); t && t != m_template) {
            applyTemplate(t);
            m_savedName.clear();
            m_saved->clearSelection();
        }
    });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (m_model->eventAt(m_filter->mapToSource(index)))
            m_sections->setCurrentWidget(m_formPage);
    });

    // Saved: the project's events/*.json.
    auto *savedPage = new QWidget(m_sections);
    auto *savedLayout = new QVBoxLayout(savedPage);
    savedLayout->setContentsMargins(0, 4, 0, 0);
    auto *savedBar = new QHBoxLayout;
    savedBar->setSpacing(0);
    auto *rename
        = toolButton(savedPage, QStyle::SP_FileDialogDetailedView, tr("Rename"), tr("Rename the selected event"));
    auto *dup
        = toolButton(savedPage, QStyle::SP_FileDialogNewFolder, tr("Duplicate"), tr("Duplicate the selected event"));
    auto *del = toolButton(savedPage, QStyle::SP_TrashIcon, tr("Delete"), tr("Delete the selected event"));
    m_undo = toolButton(savedPage, QStyle::SP_ArrowBack, tr("Undo delete"), tr("Bring back the last deleted event"));
    m_undo->setEnabled(false);
    auto *import
        = toolButton(savedPage, QStyle::SP_DialogOpenButton, tr("Import…"), tr("Import a JSON file as a saved event"));
    auto *exp
        = toolButton(savedPage, QStyle::SP_DialogSaveButton, tr("Export…"), tr("Export the selected event to a file"));
    for (QToolButton *b : { rename, dup, del, m_undo, import, exp })
        savedBar->addWidget(b);
    savedBar->addStretch(1);
    savedLayout->addLayout(savedBar);
    m_saved = new QListWidget(savedPage);
    m_saved->setObjectName(QStringLiteral("savedEvents"));
    savedLayout->addWidget(m_saved, 1);
    m_sections->addTab(savedPage, tr("Saved"));
    connect(m_saved, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openSavedEvent(item->text()); });
    connect(m_saved, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { openSavedEvent(item->text()); });
    connect(rename, &QToolButton::clicked, this, &EventBuilder::renameSelected);
    connect(dup, &QToolButton::clicked, this, &EventBuilder::duplicateSelected);
    connect(del, &QToolButton::clicked, this, &EventBuilder::deleteSelected);
    connect(m_undo, &QToolButton::clicked, this, &EventBuilder::undoDelete);
    connect(import, &QToolButton::clicked, this, &EventBuilder::importFile);
    connect(exp, &QToolButton::clicked, this, &EventBuilder::exportSelected);

    // Form: what the template is, and its parameters.
    m_formPage = new QWidget(m_sections);
    auto *formLayout = new QVBoxLayout(m_formPage);
    formLayout->setContentsMargins(0, 4, 0, 0);
    m_description = new QLabel(m_formPage);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setWordWrap(true);
    m_description->setOpenExternalLinks(true);
    m_description->setTextFormat(Qt::RichText);
    formLayout->addWidget(m_description);
    auto *scroll = new QScrollArea(m_formPage);
    scroll->setObjectName(QStringLiteral("formScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = new EventForm(scroll);
    scroll->setWidget(m_form);
    formLayout->addWidget(scroll, 1);
    m_pin = new QCheckBox(tr("Pin timestamps and ids"), m_formPage);
    m_pin->setObjectName(QStringLiteral("pin"));
    m_pin->setToolTip(tr("Keep the generated times and request ids while you edit, instead of fresh ones each time"));
    formLayout->addWidget(m_pin);
    m_sections->addTab(m_formPage, tr("Form"));
    connect(m_form, &EventForm::valuesChanged, this, [this] {
        regenerate();
        setDirty(true);
    });
    connect(m_pin, &QCheckBox::toggled, this, &EventBuilder::setPinned);

    // The JSON, with what acts on it in its header.
    auto *editorPane = new QWidget(split);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 4, 0, 0);
    editorLayout->setSpacing(2);
    auto *payloadRow = new QHBoxLayout;
    payloadRow->addWidget(heading(tr("Payload"), editorPane));
    m_status = new QLabel(editorPane);
    m_status->setObjectName(QStringLiteral("status"));
    // A long error must not widen the dock; the tooltip has all of it.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setMinimumWidth(0);
    payloadRow->addWidget(m_status, 1);
    auto *regen = new QToolButton(editorPane);
    regen->setObjectName(QStringLiteral("regenerate"));
    regen->setText(tr("Regenerate"));
    regen->setToolTip(tr("Generate the payload again from the form, with fresh timestamps and ids"));
    regen->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    regen->setAutoRaise(true);
    auto *save = new QToolButton(editorPane);
    save->setObjectName(QStringLiteral("save"));
    save->setText(tr("Save As…"));
    save->setToolTip(tr("Save the payload as one of the project's events"));
    save->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    save->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    save->setAutoRaise(true);
    payloadRow->addWidget(regen);
    payloadRow->addWidget(save);
    editorLayout->addLayout(payloadRow);
    m_editor = new CodeEditor(editorPane);
    m_editor->setObjectName(QStringLiteral("payloadEditor"));
    m_editor->setDefinitionByName(QStringLiteral("JSON"));
    m_editor->setMinimumHeight(m_editor->fontMetrics().lineSpacing() * 6);
    editorLayout->addWidget(m_editor, 1);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &EventBuilder::onEditorChanged);
    connect(regen, &QToolButton::clicked, this, [this] {
        if (m_pin->isChecked())
            setPinned(true); // new pinned values
        regenerate();
        setDirty(true);
    });
    connect(save, &QToolButton::clicked, this, [this] {
        const QString name = askName(tr("Save Event"),
                                     m_savedName.isEmpty()
                                         ? m_store.uniqueName(m_template ? m_template->name : QStringLiteral("event"))
                                         : m_savedName);
        QString error;
        if (!name.isEmpty() && !saveAs(name, &error))
            report(error);
    });

    m_validation = new QTreeWidget(split);
    m_validation->setObjectName(QStringLiteral("validation"));
    m_validation->setRootIsDecorated(false);
    m_validation->setHeaderLabels({ tr("Line"), tr("Column"), tr("Problem") });
    m_validation->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_validation->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_validation->header()->setStretchLastSection(true);
    m_validation->setMinimumHeight(m_validation->fontMetrics().lineSpacing() * 4);
    connect(m_validation, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const int line = item->data(0, Qt::UserRole).toInt(); line > 0) {
            m_editor->goToLine(line, item->data(1, Qt::UserRole).toInt());
            m_editor->setFocus();
        }
    });

    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 5);
    split->setStretchFactor(2, 1);
    split->setSizes({ 300, 420, 100 });
    applyTemplate(nullptr);
}

void EventBuilder::setProjectDirectory(const QString &directory)
{
    m_store.setProjectDirectory(directory);
    QString error;
    if (!m_store.reload(&error))
        report(error);
    refreshSavedList();
}

void EventBuilder::setFunction(const QString &logicalId)
{
    m_function = logicalId;
    refreshSavedList();
}

QByteArray EventBuilder::currentPayload() const
{
    return m_editor->toPlainText().toUtf8();
}

void EventBuilder::applyTemplate(const EventTemplate *tmpl)
{
    m_template = tmpl;
    m_form->setTemplate(tmpl);
    if (!tmpl) {
        m_title->setText(tr("No template"));
        m_description->setText(tr("Choose an event source under Templates, or open one of the Saved events."));
        validate();
        return;
    }
    m_title->setText(tmpl->serviceTitle + QStringLiteral(" — ") + tmpl->title);
    QString text = tmpl->description.toHtmlEscaped();
    if (!tmpl->documentation.isEmpty())
        text += QStringLiteral(" <a href=\"%1\">%2</a>")
                    .arg(tmpl->documentation.toHtmlEscaped(), tr("AWS documentation"));
    text += QStringLiteral("<br><small><code>bullpen events generate %1 %2</code></small>")
                .arg(tmpl->service, tmpl->name);
    m_description->setText(text);
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOf(tmpl->service, tmpl->name));
    if (index.isValid() && m_tree->currentIndex() != index) {
        const QScopedValueRollback guard(m_updating, true);
        m_tree->setCurrentIndex(index);
    }
    regenerate();
    setDirty(false);
}

bool EventBuilder::selectTemplate(const QString &service, const QString &event)
{
    const EventTemplate *t = m_catalog->find(service, event);
    if (!t)
        return false;
    applyTemplate(t);
    m_savedName.clear();
    m_sections->setCurrentWidget(m_formPage);
    return true;
}

void EventBuilder::setPinned(bool pinned)
{
    if (m_pin->isChecked() != pinned)
        m_pin->setChecked(pinned);
    m_options = pinned
        ? EventGeneratorOptions { QDateTime::currentDateTimeUtc(), QRandomGenerator::global()->generate64() | 1 }
        : EventGeneratorOptions {};
}

void EventBuilder::regenerate()
{
    if (!m_template)
        return;
    QString error;
    const QByteArray payload = EventGenerator::generate(*m_template, m_form->values(), m_options, &error);
    if (payload.isEmpty()) {
        // A field that does not parse (a JSON box mid-edit): keep the last payload.
        m_status->setText(tr("Form: %1").arg(error));
        return;
    }
    {
        const QScopedValueRollback guard(m_updating, true);
        // Replace through the cursor so the editor's undo history keeps the step.
        QTextCursor cursor(m_editor->document());
        cursor.select(QTextCursor::Document);
        cursor.insertText(QString::fromUtf8(payload));
    }
    validate();
    Q_EMIT payloadChanged();
}

void EventBuilder::onEditorChanged()
{
    if (m_updating)
        return;
    if (m_template)
        m_form->setValues(EventGenerator::recognise(*m_template, currentPayload()));
    validate();
    setDirty(true);
    Q_EMIT payloadChanged();
}

void EventBuilder::validate()
{
    const QByteArray payload = currentPayload();
    const quint64 generation = ++m_validationGeneration;
    if (payload.size() <= ValidateHereBytes) {
        showIssues(EventValidator::validate(payload, m_template), payload);
        return;
    }
    // A large payload is parsed in a worker thread (6 MB take a quarter of a
    // second and more); the findings of the latest text win, earlier ones are
    // dropped. Templates belong to the catalogue, which outlives the window.
    m_status->setText(tr("%1 KB · checking…").arg(payload.size() / 1024));
    auto promise = std::make_shared<QPromise<QList<ValidationIssue>>>();
    QFuture<QList<ValidationIssue>> findings = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, payload, tmpl = m_template] {
        promise->addResult(EventValidator::validate(payload, tmpl));
        promise->finish();
    });
    findings.then(this, [this, generation, payload](const QList<ValidationIssue> &issues) {
        if (generation == m_validationGeneration)
            showIssues(issues, payload);
    });
}

void EventBuilder::showIssues(const QList<ValidationIssue> &issues, const QByteArray &payload)
{
    m_issues = issues;
    m_validation->clear();
    // Every session starts with no event: say what to do, not that it is wrong
    // (no red before the user has done anything).
    const bool empty = payload.trimmed().isEmpty();
    for (const ValidationIssue &issue : std::as_const(m_issues)) {
        auto *item = new QTreeWidgetItem(m_validation);
        item->setText(0, issue.line > 0 ? QString::number(issue.line) : QString());
        item->setText(1, issue.line > 0 ? QString::number(issue.column) : QString());
        item->setText(2, issue.message);
        item->setData(0, Qt::UserRole, issue.line);
        item->setData(1, Qt::UserRole, issue.column);
        const auto icon = empty                                    ? QStyle::SP_MessageBoxInformation
            : issue.severity == ValidationIssue::Severity::Error   ? QStyle::SP_MessageBoxCritical
            : issue.severity == ValidationIssue::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                   : QStyle::SP_MessageBoxInformation;
        item->setIcon(0, style()->standardIcon(icon));
    }
    const int errors = int(std::count_if(m_issues.begin(), m_issues.end(), [](const ValidationIssue &i) {
        return i.severity == ValidationIssue::Severity::Error;
    }));
    const QString size = payload.size() < 10240 ? tr("%n bytes", nullptr, int(payload.size()))
                                                : tr("%1 KB").arg(payload.size() / 1024);
    m_status->setText(empty        ? tr("empty: no event yet")
                          : errors ? tr("%1 · %n error(s)", nullptr, errors).arg(size)
                                   : tr("%1 · valid JSON").arg(size));
    if (m_issues.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_validation);
        item->setText(2, tr("No problems found."));
        item->setIcon(0, style()->standardIcon(QStyle::SP_DialogApplyButton));
    }
    Q_EMIT validated();
}

void EventBuilder::setDirty(bool dirty)
{
    if (dirty)
        m_draftTimer->start();
    if (m_dirty == dirty)
        return;
    m_dirty = dirty;
    Q_EMIT unsavedChangesChanged(dirty);
}

void EventBuilder::refreshSavedList()
{
    m_saved->clear();
    for (const SavedEvent &e : m_store.events(m_function)) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileIcon), e.name, m_saved);
        item->setToolTip(e.service.isEmpty()
                             ? m_store.filePath(e.name)
                             : QStringLiteral("%1 %2\n%3").arg(e.service, e.event, m_store.filePath(e.name)));
        if (e.name == m_savedName)
            m_saved->setCurrentItem(item);
    }
}

bool EventBuilder::openSavedEvent(const QString &name, QString *error)
{
    if (name == m_savedName && !m_dirty)
        return true;
    QString why;
    const auto payload = m_store.load(name, &why);
    if (!payload) {
        if (error)
            *error = why;
        report(why);
        return false;
    }
    const SavedEvent meta = *m_store.find(name);
    const EventTemplate *t = m_catalog->find(meta.service, meta.event);
    if (t) {
        applyTemplate(t);
        m_form->setValues(meta.parameters);
    } else {
        applyTemplate(nullptr);
    }
    {
        const QScopedValueRollback guard(m_updating, true);
        m_editor->setPlainText(QString::fromUtf8(*payload));
    }
    m_savedName = name;
    validate();
    setDirty(false);
    m_draftTimer->stop();
    refreshSavedList();
    Q_EMIT payloadChanged();
    return true;
}

bool EventBuilder::saveAs(const QString &name, QString *error)
{
    SavedEvent meta { name, m_function, {}, {}, {} };
    if (m_template) {
        meta.service = m_template->service;
        meta.event = m_template->name;
        meta.parameters = m_form->values();
    }
    if (!m_store.save(meta, currentPayload(), error))
        return false;
    m_savedName = name;
    setDirty(false);
    discardDraft();
    refreshSavedList();
    return true;
}

bool EventBuilder::saveAll(QString *error)
{
    if (!m_dirty)
        return true;
    const QString name = m_savedName.isEmpty()
        ? m_store.uniqueName(m_template ? m_template->name : QStringLiteral("event"))
        : m_savedName;
    return saveAs(name, error);
}

void EventBuilder::setDraftDirectory(const QString &directory)
{
    m_drafts = EventDraftStore(directory);
}

bool EventBuilder::hasDraft() const
{
    return !projectDirectory().isEmpty() && m_drafts.load(projectDirectory()).has_value();
}

void EventBuilder::flushDraft()
{
    m_draftTimer->stop();
    if (!m_dirty || projectDirectory().isEmpty())
        return;
    EventDraft d;
    d.project = projectDirectory();
    d.function = m_function;
    d.savedName = m_savedName;
    if (m_template) {
        d.service = m_template->service;
        d.event = m_template->name;
        d.parameters = m_form->values();
    }
    d.payload = currentPayload();
    QString error;
    if (!m_drafts.save(d, &error))
        report(tr("Could not keep a draft of the event: %1").arg(error));
}

bool EventBuilder::restoreDraft()
{
    const auto d = m_drafts.load(projectDirectory());
    if (!d)
        return false;
    if (const EventTemplate *t = m_catalog->find(d->service, d->event)) {
        applyTemplate(t);
        m_form->setValues(d->parameters);
    } else {
        applyTemplate(nullptr);
    }
    {
        const QScopedValueRollback guard(m_updating, true);
        m_editor->setPlainText(QString::fromUtf8(d->payload));
    }
    m_savedName = d->savedName;
    validate();
    setDirty(true);
    refreshSavedList();
    Q_EMIT payloadChanged();
    return true;
}

void EventBuilder::discardDraft()
{
    m_draftTimer->stop();
    if (!projectDirectory().isEmpty())
        m_drafts.discard(projectDirectory());
}

void EventBuilder::report(const QString &message)
{
    m_status->setText(message.section(u'\n', 0, 0));
    m_status->setToolTip(message);
    Q_EMIT errorOccurred(message);
}

QString EventBuilder::askName(const QString &title, const QString &initial)
{
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, title, tr("Event name:"), QLineEdit::Normal, initial, &ok).trimmed();
    QString why;
    if (ok && !SavedEventStore::isValidName(name, &why)) {
        QMessageBox::warning(this, title, tr("\"%1\" cannot be used: %2.").arg(name, why));
        return {};
    }
    return ok ? name : QString();
}

QString EventBuilder::selectedSavedName() const
{
    return m_saved->currentItem() ? m_saved->currentItem()->text() : QString();
}

void EventBuilder::renameSelected()
{
    const QString from = selectedSavedName();
    if (from.isEmpty())
        return;
    const QString to = askName(tr("Rename Event"), from);
    QString error;
    if (to.isEmpty() || to == from)
        return;
    if (!m_store.rename(from, to, &error))
        return report(error);
    if (m_savedName == from)
        m_savedName = to;
    refreshSavedList();
}

void EventBuilder::duplicateSelected()
{
    const QString from = selectedSavedName();
    QString error;
    if (!from.isEmpty() && !m_store.duplicate(from, m_store.uniqueName(from), &error))
        report(error);
    refreshSavedList();
}

void EventBuilder::deleteSelected()
{
    const QString name = selectedSavedName();
    QString error;
    if (name.isEmpty())
        return;
    const auto snapshot = m_store.remove(name, &error);
    if (!snapshot)
        return report(error);
    m_deleted.append(*snapshot);
    m_undo->setEnabled(true);
    m_undo->setToolTip(tr("Bring back \"%1\"").arg(name));
    if (m_savedName == name) {
        m_savedName.clear();
        setDirty(true); // the payload in the editor now exists nowhere else
    }
    refreshSavedList();
}

void EventBuilder::undoDelete()
{
    if (m_deleted.isEmpty())
        return;
    QString error;
    if (!m_store.restore(m_deleted.takeLast(), &error))
        report(error);
    m_undo->setEnabled(!m_deleted.isEmpty());
    refreshSavedList();
}

void EventBuilder::importFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import Event"), QString(), tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const QString name = m_store.uniqueName(QFileInfo(path).completeBaseName());
    if (!m_store.importFile(path, name, m_function, &error))
        return report(error);
    refreshSavedList();
    openSavedEvent(name);
}

void EventBuilder::exportSelected()
{
    const QString name = selectedSavedName();
    if (name.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Event"), name + QStringLiteral(".json"),
                                                      tr("JSON files (*.json)"));
    QString error;
    if (!path.isEmpty() && !m_store.exportTo(name, path, &error))
        report(error);
}

} // namespace Bullpen
