// SPDX-License-Identifier: MIT
#include "widgets/images/imagesview.h"

#include "engine/images/runtimeimagebuilder.h"
#include "engine/sandbox/docker/dockerbackend.h"
#include "engine/sandbox/docker/dockerclient.h"
#include "engine/sandbox/docker/dockerimages.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QThreadPool>
#include <QTreeView>
#include <QVBoxLayout>

namespace Bullpen {

ImagesView::ImagesView(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_view(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_import(new QPushButton(tr("&Import Root Tarball…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_prune(new QPushButton(tr("&Prune Stale"), this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
{
    m_model->setHorizontalHeaderLabels({ tr("Image"), tr("Runtime"), tr("Inputs"), tr("Size"), tr("Created") });
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->setObjectName(QStringLiteral("imagesList"));
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("imagesStatus"));
    m_progress->setVisible(false);
    m_import->setObjectName(QStringLiteral("importImage"));
    m_remove->setObjectName(QStringLiteral("removeImage"));
    m_prune->setObjectName(QStringLiteral("pruneImages"));
    m_prune->setToolTip(tr("Remove the images of earlier inputs from the image cache and the daemon"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_prune);
    buttons->addStretch();
    buttons->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    connect(m_import, &QPushButton::clicked, this, &ImagesView::askAndImport);
    connect(m_remove, &QPushButton::clicked, this, &ImagesView::removeSelected);
    connect(m_refresh, &QPushButton::clicked, this, &ImagesView::refresh);
    connect(m_prune, &QPushButton::clicked, this, &ImagesView::pruneStale);
    m_remove->setEnabled(false);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(!m_busy && m_view->selectionModel()->hasSelection()); });
}

ImagesView::~ImagesView() = default;

bool ImagesView::connectDaemon()
{
    if (m_client)
        return true;
    // The probe is a ping on a local socket, bounded (as Preferences' list of backends).
    QString error;
    const DockerEndpoint endpoint = DockerClient::probe(&error);
    if (endpoint.socketPath.isEmpty()) {
        m_status->setText(error);
        return false;
    }
    m_client = new DockerClient(endpoint, this);
    m_images = new DockerImages(m_client, this);
    connect(m_images, &DockerImages::progress, this, [this](const QString &message, int percent) {
        m_progress->setRange(0, percent < 0 ? 0 : 100);
        if (percent >= 0)
            m_progress->setValue(percent);
        m_status->setText(message);
    });
    connect(m_images, &DockerImages::finished, this, [this](bool ok, const QString &message) {
        setBusy(false, ok ? message : tr("Failed: %1").arg(message));
        refresh();
    });
    return true;
}

void ImagesView::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_lastOutcome = busy ? QString() : status;
    m_progress->setVisible(busy);
    m_import->setEnabled(!busy);
    m_prune->setEnabled(!busy);
    m_remove->setEnabled(!busy && m_view->selectionModel()->hasSelection());
    if (!status.isEmpty())
        m_status->setText(status);
    Q_EMIT busyChanged(busy);
}

void ImagesView::refresh()
{
    if (!connectDaemon()) {
        m_model->removeRows(0, m_model->rowCount());
        Q_EMIT refreshed();
        return;
    }
    m_images->list([this](const QList<DockerImageInfo> &images, const QString &error) {
        m_model->removeRows(0, m_model->rowCount());
        if (!error.isEmpty()) {
            m_status->setText(error);
            Q_EMIT refreshed();
            return;
        }
        const QString prefix = DockerBackend::runtimeRepository() + u':';
        for (const DockerImageInfo &image : images) {
            QString name = image.tags.isEmpty() ? image.id.left(19) : image.tags.join(QStringLiteral(", "));
            auto *first = new QStandardItem(name);
            first->setData(image.runtime, Qt::UserRole);
            first->setData(image.kind, Qt::UserRole + 1);
            m_model->appendRow({ first, new QStandardItem(image.runtime), new QStandardItem(image.inputs.left(12)),
                                 new QStandardItem(tr("%1 MB").arg(image.sizeBytes / (1000 * 1000))),
                                 new QStandardItem(QLocale().toString(QDateTime::fromSecsSinceEpoch(image.createdSecs),
                                                                      QLocale::ShortFormat)) });
        }
        // The outcome of the last action stays readable beside the count.
        if (!m_busy)
            m_status->setText((images.isEmpty() ? tr("No runtime images yet: import a root file system tarball, or "
                                                     "run `bullpen images build`.")
                                                : tr("%n image(s) in the daemon.", nullptr, int(images.size())))
                              + (m_lastOutcome.isEmpty() ? QString() : u' ' + m_lastOutcome));
        Q_EMIT refreshed();
    });
}

void ImagesView::importTarball(const QString &runtime, const QString &tarball)
{
    if (m_busy || !connectDaemon())
        return;
    setBusy(true, tr("Importing %1 for %2…").arg(tarball, runtime));
    RuntimeImageInput input;
    input.runtime = runtime;
    input.tarballPath = tarball;
    m_images->importRuntime(input);
}

void ImagesView::askAndImport()
{
    bool ok = false;
    const QString runtime = QInputDialog::getItem(
        this, tr("Import Runtime Image"), tr("Runtime:"),
        { QStringLiteral("python"), QStringLiteral("nodejs"), QStringLiteral("provided") }, 0, false, &ok);
    if (!ok)
        return;
    const QString tarball = QFileDialog::getOpenFileName(this, tr("Root File System Tarball"), QString(),
                                                         tr("Tar archives (*.tar);;All files (*)"));
    if (!tarball.isEmpty())
        importTarball(runtime, tarball);
}

void ImagesView::removeRuntime(const QString &family)
{
    if (m_busy || !connectDaemon())
        return;
    setBusy(true, tr("Removing the %1 runtime images…").arg(family));
    m_images->removeRuntimes({ family }, [this](int removed, const QString &error) {
        setBusy(false, error.isEmpty() ? tr("Removed %n image(s).", nullptr, removed) : error);
        refresh();
    });
}

void ImagesView::pruneStale()
{
    if (m_busy)
        return;
    setBusy(true, tr("Removing stale images…"));
    m_progress->setRange(0, 0);
    // Removing an unpacked root takes a while: not on the GUI thread.
    QPointer<ImagesView> self(this);
    QThreadPool::globalInstance()->start([self] {
        QString error;
        RuntimeImageBuilder builder(RuntimeImageBuilder::defaultCacheDirectory(), nullptr);
        const QStringList folders = builder.prune(&error);
        QMetaObject::invokeMethod(
            qApp,
            [self, folders, error] {
                if (!self)
                    return;
                auto done = [self, folders, error](const QStringList &removed, const QString &daemonError) {
                    if (!self)
                        return;
                    const qsizetype count = folders.size() + removed.size();
                    QStringList errors;
                    if (!error.isEmpty())
                        errors << error;
                    if (!daemonError.isEmpty())
                        errors << daemonError;
                    self->setBusy(false,
                                  errors.isEmpty() ? tr("Removed %n stale image(s).", nullptr, int(count))
                                                   : errors.join(u'\n'));
                    self->refresh();
                };
                if (!self->connectDaemon()) {
                    done({}, {});
                    return;
                }
                self->m_images->pruneRuntimes(done);
            },
            Qt::QueuedConnection);
    });
}

void ImagesView::removeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString family = rows.first().data(Qt::UserRole).toString();
    if (!family.isEmpty())
        removeRuntime(family);
}

} // namespace Bullpen
