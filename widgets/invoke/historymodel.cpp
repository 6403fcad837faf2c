// SPDX-License-Identifier: MIT
#include "widgets/invoke/historymodel.h"

#include "widgets/invoke/historyfile.h"

#include <QBrush>
#include <QColor>
#include <QDir>
#include <QJsonDocument>
#include <QLocale>

namespace Bullpen {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::outcomeText(const InvocationResult &result)
{
    switch (result.outcome) {
    case InvocationOutcome::Succeeded:
        return tr("Succeeded");
    case InvocationOutcome::Cancelled:
        return tr("Cancelled");
    case InvocationOutcome::EngineError:
        return tr("Engine error");
    case InvocationOutcome::Refused:
        return tr("Refused: %1").arg(result.errorType);
    case InvocationOutcome::FunctionError:
    case InvocationOutcome::TimedOut:
        break;
    }
    return result.errorType.isEmpty() ? result.functionError : result.errorType;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &e = m_entries.at(index.row());
    const bool ran = e.result.ran();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            // Rows of earlier days (kept from an earlier session) say which day.
            if (e.time.date() != QDate::currentDate())
                return e.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            return e.time.time().toString(QStringLiteral("HH:mm:ss"));
        case FunctionColumn:
            return e.function.logicalId;
        case EventColumn:
            return e.eventName.isEmpty() ? tr("(unsaved event)") : e.eventName;
        case StartColumn:
            return ran ? (e.result.coldStart ? tr("Cold") : tr("Warm")) : QStringLiteral("—");
        case DurationColumn:
            return ran ? tr("%1 ms").arg(QLocale().toString(e.result.durationMs, 'f', 2)) : QStringLiteral("—");
        case OutcomeColumn:
            return outcomeText(e.result);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == OutcomeColumn)
            return e.result.outcome == InvocationOutcome::EngineError ? e.result.engineError : e.result.errorMessage;
        if (index.column() == TimeColumn)
            return QLocale().toString(e.time, QLocale::LongFormat);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == OutcomeColumn && !e.result.succeeded())
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        break;
    case SucceededRole:
        return e.result.succeeded();
    case ColdStartRole:
        return e.result.coldStart;
    case DurationRole:
        return e.result.durationMs;
    case FunctionIdRole:
        return e.function.logicalId;
    case EventNameRole:
        return e.eventName;
    case PayloadRole:
        return e.payload;
    case RequestIdRole:
        return QString::fromLatin1(e.result.requestId);
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case FunctionColumn:
        return tr("Function");
    case EventColumn:
        return tr("Event");
    case StartColumn:
        return tr("Start");
    case DurationColumn:
        return tr("Duration");
    case OutcomeColumn:
        return tr("Outcome");
    }
    return {};
}

QHash<int, QByteArray> HistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SucceededRole, "succeeded");
    names.insert(ColdStartRole, "coldStart");
    names.insert(DurationRole, "durationMs");
    names.insert(FunctionIdRole, "functionId");
    names.insert(EventNameRole, "eventName");
    names.insert(PayloadRole, "payload");
    names.insert(RequestIdRole, "requestId");
    return names;
}

void HistoryModel::setProjectDirectory(const QString &projectDirectory)
{
    beginResetModel();
    m_entries.clear();
    m_serialized.clear();
    m_projectDirectory = projectDirectory;
    m_path = projectDirectory.isEmpty() ? QString() : HistoryFile::pathFor(projectDirectory);
    m_writable = !m_path.isEmpty();
    m_writeProblem.clear();
    QString problem;
    bool rewrite = false;
    if (!m_path.isEmpty()) {
        HistoryFile::Loaded loaded = HistoryFile::load(m_path);
        const QString file = QDir::toNativeSeparators(m_path);
        if (loaded.newerFormat) {
            // Left as it is for the Bullpen that wrote it; this one keeps the session's rows only.
            m_writable = false;
            problem = tr("The history of this project (%1) was %2. It is left as it is; this session's "
                         "invocations are not kept.")
                          .arg(file, loaded.problem);
        } else if (loaded.unreadable || loaded.skipped > 0) {
            // Nothing is deleted: what could not be read goes aside, and the file starts again
            // from what could be read.
            QString why;
            const QString aside = HistoryFile::keepAside(m_path, !loaded.unreadable, &why);
            if (aside.isEmpty()) {
                m_writable = false;
                problem = tr("The history of this project could not be read (%1), and %2 could not be kept "
                             "aside (%3). It is left as it is; this session's invocations are not kept.")
                              .arg(loaded.problem, file, why);
            } else if (loaded.unreadable) {
                problem = tr("The history of this project could not be read (%1). The file was kept as %2; "
                             "the history starts again.")
                              .arg(loaded.problem, QDir::toNativeSeparators(aside));
            } else {
                problem = tr("Part of the history of this project could not be read: %1. The whole file was "
                             "kept as %2.")
                              .arg(loaded.problem, QDir::toNativeSeparators(aside));
                rewrite = true;
            }
        }
        const qsizetype excess = qMax<qsizetype>(0, loaded.entries.size() - MaxEntries);
        m_entries = loaded.entries.mid(excess);
        m_serialized = loaded.serialized.mid(excess);
    }
    endResetModel();
    setProblem(problem);
    // What could be read, written back now: the next opening does not find (and copy aside) the same fault again.
    if (rewrite)
        save();
}

int HistoryModel::append(const HistoryEntry &entry)
{
    if (m_entries.size() >= MaxEntries) {
        const int excess = int(m_entries.size()) - MaxEntries + 1;
        beginRemoveRows({}, 0, excess - 1);
        m_entries.remove(0, excess);
        m_serialized.remove(0, excess);
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    m_serialized.append(QJsonDocument(HistoryFile::entryToJson(entry)).toJson(QJsonDocument::Compact));
    endInsertRows();
    save();
    return row;
}

void HistoryModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    m_serialized.clear();
    endResetModel();
    save();
}

void HistoryModel::save()
{
    if (!m_writable)
        return;
    QString error;
    if (HistoryFile::save(m_path, m_projectDirectory, m_serialized, &error) < 0)
        m_writeProblem = tr("The history of this project could not be written to %1: %2")
                             .arg(QDir::toNativeSeparators(m_path), error);
    else
        m_writeProblem.clear(); // written (again)
    setProblem(m_readProblem);
}

bool HistoryModel::appendToProject(const QString &projectDirectory, const HistoryEntry &entry, QString *error)
{
    const QString path = HistoryFile::pathFor(projectDirectory);
    HistoryFile::Loaded loaded = HistoryFile::load(path);
    if (loaded.unreadable || loaded.newerFormat || loaded.skipped > 0) {
        // Not rewritten from here: the user sees the problem when the project opens again.
        if (error)
            *error = loaded.problem;
        return false;
    }
    loaded.serialized.append(QJsonDocument(HistoryFile::entryToJson(entry)).toJson(QJsonDocument::Compact));
    const qsizetype excess = qMax<qsizetype>(0, loaded.serialized.size() - MaxEntries);
    return HistoryFile::save(path, projectDirectory, loaded.serialized.mid(excess), error) >= 0;
}

void HistoryModel::setProblem(const QString &readProblem)
{
    m_readProblem = readProblem;
    QStringList parts { m_readProblem, m_writeProblem };
    parts.removeAll(QString());
    const QString problem = parts.join(u'\n');
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged(problem);
}

} // namespace Bullpen
