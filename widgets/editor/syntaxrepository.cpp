// SPDX-License-Identifier: MIT
#include "widgets/editor/syntaxrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QCoreApplication>
#include <QThread>

namespace Bullpen {

using KSyntaxHighlighting::Definition;
using KSyntaxHighlighting::Repository;

SyntaxRepository::SyntaxRepository(QObject *parent)
    : QObject(parent)
{ }

SyntaxRepository *SyntaxRepository::instance()
{
    // Never deleted: editors may outlive the application object in tests, as
    // the function-local repository they used before did.
    static SyntaxRepository *self = [] {
        auto *created = new SyntaxRepository;
        // A loader still running when the application ends must finish before
        // the library's static data goes away.
        qAddPostRoutine([] {
            if (self && self->m_loader)
                self->m_loader->wait();
        });
        return created;
    }();
    return self;
}

QStringList SyntaxRepository::preloadedDefinitions()
{
    return { QStringLiteral("JSON"),       QStringLiteral("YAML"),       QStringLiteral("Python"),
             QStringLiteral("JavaScript"), QStringLiteral("TypeScript"), QStringLiteral("Go"),
             QStringLiteral("Bash") };
}

void SyntaxRepository::preload(const QStringList &definitionNames)
{
    instance()->start(definitionNames);
}

void SyntaxRepository::start(const QStringList &definitionNames)
{
    if (m_repository || m_loader)
        return;
    QThread *gui = thread();
    m_loader = QThread::create([this, gui, definitionNames] {
        auto *repository = new Repository;
        for (const QString &name : definitionNames) {
            const Definition definition = repository->definitionForName(name);
            // Loads the definition's rules, and every definition they include
            // (comments, alerts, modelines, …), as the first highlighting would.
            if (definition.isValid())
                definition.includedDefinitions();
        }
        // From here the GUI thread owns it; it reads it only after finished().
        repository->moveToThread(gui);
        m_loaded = repository;
    });
    m_loader->setObjectName(QStringLiteral("SyntaxRepository loader"));
    connect(m_loader, &QThread::finished, this, &SyntaxRepository::adopt);
    m_loader->start();
}

void SyntaxRepository::adopt()
{
    if (m_repository || !m_loader)
        return;
    m_loader->wait();
    m_repository = std::exchange(m_loaded, nullptr);
    m_repository->setParent(this);
    m_loader->deleteLater();
    m_loader = nullptr;
    Q_EMIT ready();
}

Repository &SyntaxRepository::repository()
{
    if (m_repository)
        return *m_repository;
    if (m_loader) {
        // Asked for before the worker is done: the rest of the load, once.
        adopt();
        return *m_repository;
    }
    // Never preloaded (tests, tools): built here, as before; nobody waits for ready().
    m_repository = new Repository;
    m_repository->setParent(this);
    return *m_repository;
}

Repository &syntaxRepository()
{
    return SyntaxRepository::instance()->repository();
}

} // namespace Bullpen
