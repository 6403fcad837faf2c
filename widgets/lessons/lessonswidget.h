// SPDX-License-Identifier: MIT
#pragma once

#include "engine/lessons/lesson.h"
#include "engine/lessons/lessonrunner.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace Bullpen {

class Invoker;

// The Lessons panel: the list of lessons; the chosen one's steps, the text of
// the current step, what to notice in it and its checks' outcomes (decided by
// LessonRunner on what actually happened); play, pause, step, replay; and
// "Open the function", which opens the lesson's project (the learner's copy
// in the data folder) so the code can be changed and the lesson run again.
// The lesson runs on the window's engine, so the pool view, the timeline and
// the cost meter show every step as it happens. Keyboard: the list and the
// buttons take focus in order; each button has a mnemonic.
class LessonsWidget final : public QWidget
{
    Q_OBJECT
public:
    // engine gives the window's Invoker (made on first use), or nullptr with *error.
    explicit LessonsWidget(std::function<Invoker *(QString *)> engine, QWidget *parent = nullptr);
    ~LessonsWidget() override;

    // Chooses a lesson by name; false when there is none.
    bool selectLesson(const QString &name);
    QString currentLesson() const;
    // The data folder the lesson projects are copied to (tests; default: AppDataLocation).
    void setDataRoot(const QString &root) { m_dataRoot = root; }

    void play();
    void pause();
    void step();
    void replay();
    void stop();

    LessonRunner *runner() const { return m_runner; }
    QListWidget *lessonList() const { return m_lessons; }
    QListWidget *stepList() const { return m_steps; }
    QTextBrowser *stepView() const { return m_text; }
    QPushButton *playButton() const { return m_play; }
    QPushButton *stepButton() const { return m_step; }

Q_SIGNALS:
    // Open this project (its template) and show the function's code.
    void openFunctionRequested(const QString &templatePath, const QString &logicalId);
    // A lesson started playing: show the pool view, the timeline and the cost meter.
    void lessonStarted();
    void stepFinished(int index, bool passed);
    void lessonFinished(bool passed);

private:
    bool ensureRunner();
    void showLesson();
    void showStep(int index);
    void updateButtons();
    QString templatePath(QString *error) const;

    std::function<Invoker *(QString *)> m_engine;
    QString m_dataRoot;
    std::optional<Lesson> m_lesson;
    LessonRunner *m_runner = nullptr;
    Invoker *m_runnerEngine = nullptr;
    int m_shownStep = -1;
    QListWidget *m_lessons;
    QLabel *m_title;
    QLabel *m_summary;
    QListWidget *m_steps;
    QTextBrowser *m_text;
    QLabel *m_status;
    QPushButton *m_play;
    QPushButton *m_pause;
    QPushButton *m_step;
    QPushButton *m_replay;
    QPushButton *m_open;
    QStringList m_actions; // of the step in progress, as they started
};

} // namespace Bullpen
