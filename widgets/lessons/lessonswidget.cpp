// SPDX-License-Identifier: MIT
#include "widgets/lessons/lessonswidget.h"

#include "engine/invoke/invoker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <utility>

namespace Bullpen {

LessonsWidget::LessonsWidget(std::function<Invoker *(QString *)> engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(std::move(engine))
    , m_lessons(new QListWidget(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_steps(new QListWidget(this))
    , m_text(new QTextBrowser(this))
    , m_status(new QLabel(this))
    , m_play(new QPushButton(tr("&Play"), this))
    , m_pause(new QPushButton(tr("P&ause"), this))
    , m_step(new QPushButton(tr("&Step"), this))
    , m_replay(new QPushButton(tr("&Replay"), this))
    , m_open(new QPushButton(tr("&Open the function"), this))
{
    setObjectName(QStringLiteral("lessons"));
    m_lessons->setObjectName(QStringLiteral("lessonList"));
    m_lessons->setAccessibleName(tr("Lessons"));
    for (const QString &name : LessonCatalog::names()) {
        QString error;
        const auto lesson = LessonCatalog::load(name, {}, &error);
        auto *item = new QListWidgetItem(lesson ? lesson->title : name, m_lessons);
        item->setData(Qt::UserRole, name);
        item->setToolTip(lesson ? lesson->summary : error);
    }
    m_title->setObjectName(QStringLiteral("lessonTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_summary->setWordWrap(true);
    m_steps->setObjectName(QStringLiteral("lessonSteps"));
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setMaximumHeight(140);
    m_text->setObjectName(QStringLiteral("lessonStep"));
    m_text->setAccessibleName(tr("The step's text and checks"));
    m_text->setOpenLinks(false);
    m_status->setWordWrap(true);
    m_play->setToolTip(tr("Play the lesson from here to its end"));
    m_pause->setToolTip(tr("Stop after the step in progress"));
    m_step->setToolTip(tr("Play the next step, then pause"));
    m_replay->setToolTip(tr("Stop the lesson's instances and start again from the first step"));
    m_open->setToolTip(tr("Open the lesson's project (your copy, in the data folder) and its function's code: "
                          "change it and play the lesson again"));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { m_play, m_pause, m_step, m_replay })
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_summary);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_steps);
    rightLayout->addWidget(m_text, 1);
    rightLayout->addWidget(m_status);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_lessons);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
    setTabOrder(m_lessons, m_play);
    setTabOrder(m_play, m_pause);
    setTabOrder(m_pause, m_step);
    setTabOrder(m_step, m_replay);
    setTabOrder(m_replay, m_open);
    setTabOrder(m_open, m_steps);
    setTabOrder(m_steps, m_text);

    connect(m_lessons, &QListWidget::currentRowChanged, this, [this] {
        stop();
        showLesson();
    });
    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showStep(row);
    });
    connect(m_play, &QPushButton::clicked, this, &LessonsWidget::play);
    connect(m_pause, &QPushButton::clicked, this, &LessonsWidget::pause);
    connect(m_step, &QPushButton::clicked, this, &LessonsWidget::step);
    connect(m_replay, &QPushButton::clicked, this, &LessonsWidget::replay);
    connect(m_open, &QPushButton::clicked, this, [this] {
        QString error;
        const QString path = templatePath(&error);
        if (path.isEmpty()) {
            m_status->setText(error);
            return;
        }
        Q_EMIT openFunctionRequested(path, m_lesson ? m_lesson->function : QString());
    });
    if (m_lessons->count() > 0)
        m_lessons->setCurrentRow(0);
    updateButtons();
}

LessonsWidget::~LessonsWidget()
{
    if (m_runner)
        m_runner->stop();
}

bool LessonsWidget::selectLesson(const QString &name)
{
    for (int row = 0; row < m_lessons->count(); ++row) {
        if (m_lessons->item(row)->data(Qt::UserRole).toString() == name) {
            m_lessons->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString LessonsWidget::currentLesson() const
{
    const QListWidgetItem *item = m_lessons->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString LessonsWidget::templatePath(QString *error) const
{
    return LessonCatalog::prepareProject(currentLesson(), error, m_dataRoot);
}

void LessonsWidget::showLesson()
{
    QString error;
    m_lesson = LessonCatalog::load(currentLesson(), {}, &error);
    m_steps->clear();
    m_shownStep = -1;
    if (!m_lesson) {
        m_title->clear();
        m_summary->setText(error);
        m_text->clear();
        updateButtons();
        return;
    }
    m_title->setText(m_lesson->title);
    m_summary->setText(m_lesson->summary);
    for (int i = 0; i < m_lesson->steps.size(); ++i)
        m_steps->addItem(tr("%1. %2").arg(i + 1).arg(m_lesson->steps.at(i).text.section(u'.', 0, 0)));
    m_status->setText(tr("Press Play to run the whole lesson, or Step to go one step at a time. Its function "
                         "runs in real containers; the Pool, Timeline and Pool Charts docks narrate it."));
    showStep(0);
    updateButtons();
}

// The step's text, what to notice, and (once it ran) its checks.
void LessonsWidget::showStep(int index)
{
    if (!m_lesson || index < 0 || index >= m_lesson->steps.size())
        return;
    m_shownStep = index;
    const LessonStep &s = m_lesson->steps.at(index);
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(tr("Step %1 of %2").arg(index + 1).arg(m_lesson->steps.size()), s.text.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("What to notice:"), s.notice.toHtmlEscaped());
    const bool ran = m_runner && index < m_runner->reports().size() && m_runner->lesson().name == m_lesson->name;
    if (m_runner && m_runner->isStepRunning() && m_runner->currentStep() == index && !m_actions.isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p><ul>").arg(tr("Running:"));
        for (const QString &a : std::as_const(m_actions))
            html += QStringLiteral("<li>%1</li>").arg(a.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (ran) {
        const LessonStepReport &report = m_runner->reports().at(index);
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("What happened:"));
        if (!report.error.isEmpty())
            html += QStringLiteral("<li><span style='color:#c62828'>%1</span> %2</li>")
                        .arg(tr("Could not run:"), report.error.toHtmlEscaped());
        for (const LessonCheckOutcome &c : report.checks) {
            // Green, red, and for what this machine cannot show a neutral grey
            // that reads on the light and the dark palette alike.
            const auto [colour, label] = c.passed() ? std::pair(QStringLiteral("#2e7d32"), tr("✔ holds:"))
                : c.notShown()                      ? std::pair(QStringLiteral("#757575"), tr("⊘ not shown here:"))
                                                    : std::pair(QStringLiteral("#c62828"), tr("✘ does not hold:"));
            html += QStringLiteral("<li><span style='color:%1'><b>%2</b></span> %3</li>")
                        .arg(colour, label, c.message.toHtmlEscaped());
        }
        if (report.checks.isEmpty() && report.error.isEmpty())
            html += QStringLiteral("<li>%1</li>").arg(tr("Done (this step only prepares the next)."));
        html += QStringLiteral("</ul>");
    }
    m_text->setHtml(html);
    if (m_steps->currentRow() != index) {
        const QSignalBlocker blocker(m_steps);
        m_steps->setCurrentRow(index);
    }
}

bool LessonsWidget::ensureRunner()
{
    if (!m_lesson)
        return false;
    QString error;
    Invoker *engine = m_engine ? m_engine(&error) : nullptr;
    if (!engine) {
        m_status->setText(tr("The lesson cannot run: %1").arg(error));
        return false;
    }
    if (m_runner && m_runnerEngine == engine && m_runner->lesson().name == m_lesson->name)
        return true;
    if (m_runner) {
        m_runner->stop();
        m_runner->deleteLater();
    }
    const QString path = templatePath(&error);
    m_runner = new LessonRunner(engine, this);
    m_runnerEngine = engine;
    if (path.isEmpty() || !m_runner->setLesson(*m_lesson, path, &error)) {
        m_status->setText(tr("The lesson cannot run: %1").arg(error));
        m_runner->deleteLater();
        m_runner = nullptr;
        return false;
    }
    connect(m_runner, &LessonRunner::stateChanged, this, [this] { updateButtons(); });
    connect(m_runner, &LessonRunner::stepStarted, this, [this](int index) {
        m_actions.clear();
        m_status->setText(tr("Step %1 is running…").arg(index + 1));
        showStep(index);
        updateButtons();
    });
    connect(m_runner, &LessonRunner::actionStarted, this, [this](int index, const QString &description) {
        m_actions.append(description);
        if (m_shownStep == index)
            showStep(index);
    });
    connect(m_runner, &LessonRunner::stepFinished, this, [this](int index, const LessonStepReport &report) {
        m_actions.clear();
        const bool partly = report.passed() && report.notShownCount() > 0;
        if (QListWidgetItem *item = m_steps->item(index))
            item->setIcon(style()->standardIcon(partly                ? QStyle::SP_MessageBoxInformation
                                                    : report.passed() ? QStyle::SP_DialogApplyButton
                                                                      : QStyle::SP_MessageBoxWarning));
        m_status->setText(partly ? tr("Step %1: this machine cannot show all of it; see why above.").arg(index + 1)
                              : report.passed() ? tr("Step %1: every check holds.").arg(index + 1)
                                                : tr("Step %1: a check does not hold; see why above.").arg(index + 1));
        showStep(index);
        updateButtons();
        Q_EMIT stepFinished(index, report.passed());
    });
    connect(m_runner, &LessonRunner::finished, this, [this](bool passed) {
        const int notShown = m_runner ? m_runner->notShownCount() : 0;
        m_status->setText(!passed        ? tr("Lesson done, with checks that did not hold (marked above).")
                              : notShown ? tr("Lesson done: every check held that this machine can show; %n could "
                                              "not be shown here (marked above, with why).",
                                              nullptr, notShown)
                                         : tr("Lesson done: every check held. Change the function (Open the function) "
                                              "and replay it to see what your change does."));
        updateButtons();
        Q_EMIT lessonFinished(passed);
    });
    return true;
}

void LessonsWidget::play()
{
    if (!ensureRunner())
        return;
    Q_EMIT lessonStarted();
    m_runner->play();
    updateButtons();
}

void LessonsWidget::pause()
{
    if (m_runner)
        m_runner->pause();
    m_status->setText(tr("Pausing after the step in progress."));
    updateButtons();
}

void LessonsWidget::step()
{
    if (!ensureRunner())
        return;
    Q_EMIT lessonStarted();
    m_runner->step();
    updateButtons();
}

void LessonsWidget::replay()
{
    if (!ensureRunner())
        return;
    for (int i = 0; i < m_steps->count(); ++i)
        m_steps->item(i)->setIcon(QIcon());
    Q_EMIT lessonStarted();
    m_runner->replay();
    updateButtons();
}

void LessonsWidget::stop()
{
    if (m_runner) {
        m_runner->stop();
        m_runner->deleteLater();
        m_runner = nullptr;
        m_runnerEngine = nullptr;
    }
    updateButtons();
}

void LessonsWidget::updateButtons()
{
    const bool have = m_lesson.has_value();
    const bool running = m_runner && m_runner->state() == LessonRunner::State::Running;
    const bool stepping = m_runner && m_runner->isStepRunning();
    m_play->setEnabled(have && !running);
    m_pause->setEnabled(running);
    m_step->setEnabled(have && !stepping);
    m_replay->setEnabled(have && m_runner && m_runner->currentStep() >= 0 && !stepping);
    m_open->setEnabled(have);
}

} // namespace Bullpen
