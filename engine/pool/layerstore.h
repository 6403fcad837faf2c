// SPDX-License-Identifier: MIT
#pragma once

#include "engine/project/functionconfig.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Bullpen {

// What a function finds under /opt: its layers merged in Lambda's order.
struct PreparedOpt
{
    QString directory; // host folder, bound read-only at /opt (empty: no layers)
    QString contentHash; // of the merged content; part of the function's key
    QStringList extensions; // names of the executables in extensions/ (external extensions)
};

// Merges a function's layers into one folder per layer-set content, as Lambda
// extracts them into /opt one after the other (a later layer's file replaces
// an earlier one's), and keeps it: functions with the same layers share it,
// and a changed layer gives a new folder and so a new function key. A layer is
// a folder or a .zip (unpacked with Python's zipfile module, the one unzip a
// development machine is sure to have). The content hash is remembered per
// file signature (names, sizes, modification times), so an unchanged layer set
// costs a walk over its files, not a read of them. The search paths into /opt
// are the runtime's (RuntimeCatalog), as Lambda sets them with or without layers.
class LayerStore
{
public:
    explicit LayerStore(QString cacheDirectory);

    // The content hash of a function's layers; empty with an error when a layer cannot be read.
    QString contentHash(const QList<LayerConfig> &layers, QString *error);
    // The merged /opt for the layers (made on first use); nullopt with an error.
    std::optional<PreparedOpt> prepare(const QList<LayerConfig> &layers, QString *error);

private:
    QString unpackZip(const QString &zip, QString *error);
    QString m_cacheDirectory;
    QHash<QString, QString> m_hashBySignature;
    QHash<QString, QString> m_zipByHash;
};

} // namespace Bullpen
