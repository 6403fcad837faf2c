// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

class QThread;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Bullpen {

// The one KSyntaxHighlighting repository of the application, shared by every
// editor and used only on the GUI thread once it is there.
//
// Building it reads every definition's and theme's index, and the first
// highlighting in a language parses that language's definition (and the ones it
// includes): tens of milliseconds the first time a project is opened or a
// result is shown. preload() does all of that in a worker thread at start: it
// builds the repository there, loads the definitions Bullpen's files use
// (preloadedDefinitions()), then hands the repository over to the GUI thread
// (moveToThread) and says ready(). Until then nothing on the GUI thread touches
// it: editors ask isLoading() and apply their syntax and theme on ready().
//
// syntaxRepository() is for callers that need an answer now (a menu of every
// theme, a theme looked up by name): after ready() it returns at once; before
// it, it waits for the worker to finish (the rest of the load, only in the
// first moments after start). Without preload() (tests, tools) it builds the
// repository on the calling thread on first use, as before.
class SyntaxRepository final : public QObject
{
    Q_OBJECT
public:
    static SyntaxRepository *instance();

    // Starts the load in a worker thread; does nothing when the repository is
    // loading or loaded already. GUI thread.
    static void preload(const QStringList &definitionNames = preloadedDefinitions());
    // The definitions of the languages Bullpen's projects are written in: the
    // events and results (JSON), templates (YAML), the runtimes' handlers.
    static QStringList preloadedDefinitions();

    // True once the repository is on the GUI thread and may be used.
    bool isReady() const { return m_repository != nullptr; }
    // True while the worker loads it: until ready(), callers that can wait
    // for it do without it (no syntax, the application's colours).
    bool isLoading() const { return m_loader != nullptr; }
    // The repository, waiting for the worker when it is still loading.
    KSyntaxHighlighting::Repository &repository();

Q_SIGNALS:
    // The preloaded repository is on the GUI thread now: emitted once, from
    // the event loop, or from repository() when someone asked for it first.
    void ready();

private:
    explicit SyntaxRepository(QObject *parent = nullptr);
    void start(const QStringList &definitionNames);
    void adopt();

    KSyntaxHighlighting::Repository *m_repository = nullptr;
    QThread *m_loader = nullptr;
    KSyntaxHighlighting::Repository *m_loaded = nullptr; // written by the loader, read after it finished
};

// SyntaxRepository::instance()->repository().
KSyntaxHighlighting::Repository &syntaxRepository();

} // namespace Bullpen
