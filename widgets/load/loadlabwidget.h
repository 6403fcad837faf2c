// SPDX-License-Identifier: MIT
#pragma once

#include "engine/load/loadrunner.h"
#include "engine/project/samtemplate.h"

#include <QBasicTimer>
#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Bullpen {

class Invoker;

// The load lab's form: the same options as `bullpen load` (function, shape or
// trace, duration, Poisson and seed, pool clock speed, concurrency cap), Start
// and Stop, live figures while it runs (the pool view and charts show the load
// through the pool's stream already), the summary at the end and its export
// (CSV of calls, JSON summary). On a fast clock it says, before and after,
// that the result is not a real-time one.
class LoadLabWidget final : public QWidget
{
    Q_OBJECT
public:
    // engine gives the window's engine (created on first use), or nullptr with *error.
    using EngineSource = std::function<Invoker *(QString *error)>;
    explicit LoadLabWidget(EngineSource engine, QWidget *parent = nullptr);
    ~LoadLabWidget() override;

    void setFunctions(const QList<FunctionConfig> &functions);
    void selectFunction(const QString &logicalId);

    // The form, for tests and the panel.
    QComboBox *functionBox() const { return m_function; }
    QLineEdit *shapeEdit() const { return m_shape; }
    QDoubleSpinBox *durationBox() const { return m_duration; }
    QDoubleSpinBox *speedBox() const { return m_speed; }
    QSpinBox *capBox() const { return m_cap; }
    QLineEdit *traceEdit() const { return m_trace; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *stopButton() const { return m_stop; }
    QLabel *liveLabel() const { return m_live; }
    QLabel *realTimeWarning() const { return m_warning; }
    QPlainTextEdit *summaryView() const { return m_summary; }

    // Builds the plan from the form; false with *error naming the field.
    bool makePlan(LoadPlan *plan, QString *error) const;
    // Starts the load the form describes; false with *error.
    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const { return m_runner && m_runner->isRunning(); }
    LoadRunner *runner() const { return m_runner; }
    bool exportCsv(const QString &path, QString *error) const;
    bool exportJson(const QString &path, QString *error) const;

Q_SIGNALS:
    void runningChanged(bool running);
    void finished(const Bullpen::LoadSummary &summary);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    void updateWarning();
    void updateLive();
    void showSummary(const LoadSummary &summary);
    void chooseTrace();
    void exportTo(bool json);

    EngineSource m_engine;
    QList<FunctionConfig> m_functions;
    QComboBox *m_function;
    QComboBox *m_preset;
    QLineEdit *m_shape;
    QCheckBox *m_poisson;
    QSpinBox *m_seed;
    QDoubleSpinBox *m_duration;
    QDoubleSpinBox *m_speed;
    QSpinBox *m_cap;
    QLineEdit *m_trace;
    QLineEdit *m_azureMap;
    QPushButton *m_start;
    QPushButton *m_stop;
    QPushButton *m_exportCsv;
    QPushButton *m_exportJson;
    QLabel *m_warning;
    QLabel *m_live;
    QPlainTextEdit *m_summary;
    QPointer<LoadRunner> m_runner;
    LoadSummary m_last;
    bool m_hasSummary = false;
    QBasicTimer m_liveTimer;
};

} // namespace Bullpen
