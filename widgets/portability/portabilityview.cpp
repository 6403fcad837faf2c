// SPDX-License-Identifier: MIT
#include "widgets/portability/portabilityview.h"

#include "engine/build/functionpreparer.h"
#include "engine/portability/portabilityrun.h"
#include "engine/targets/target.h"
#include "engine/targets/targetsfile.h"
#include "widgets/portability/portabilitymodel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace Bullpen {

namespace {
constexpr int MaxColumnWidth = 300;
}

PortabilityView::PortabilityView(QWidget *parent)
    : QWidget(parent)
    , m_model(new PortabilityModel(this))
    , m_targets(new QComboBox(this))
    , m_runButton(new QPushButton(tr("&Run Probe"), this))
    , m_markdownButton(new QPushButton(tr("Export &Markdown…"), this))
    , m_htmlButton(new QPushButton(tr("Export &HTML…"), this))
    , m_status(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTreeView(this))
    , m_details(new QTextBrowser(this))
{
    m_targets->setObjectName(QStringLiteral("portabilityTarget"));
    m_targets->setMinimumContentsLength(12);
    m_runButton->setObjectName(QStringLiteral("portabilityRun"));
    m_runButton->setToolTip(tr("Run Bullpen's probe beside the function in the local pool and in the target, and "
                               "compare what both saw"));
    m_status->setObjectName(QStringLiteral("portabilityStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    auto *targetLabel = new QLabel(tr("&Target:"), this);
    targetLabel->setBuddy(m_targets);

    auto *bar = new QHBoxLayout;
    bar->addWidget(targetLabel);
    bar->addWidget(m_targets);
    bar->addWidget(m_runButton);
    bar->addStretch();
    bar->addWidget(m_markdownButton);
    bar->addWidget(m_htmlButton);

    m_table->setModel(m_model);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(false);
    m_table->setWordWrap(false);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setObjectName(QStringLiteral("portabilityTable"));
    m_details->setObjectName(QStringLiteral("portabilityDetails"));
    m_details->setOpenLinks(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_runButton, &QPushButton::clicked, this, [this] { run(); });
    connect(m_markdownButton, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("markdown")); });
    connect(m_htmlButton, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("html")); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PortabilityView::showDetails);
    setStatus(tr("Choose a target and run the probe."));
    updateButtons();
}

PortabilityView::~PortabilityView()
{
    delete m_run.data();
}

void PortabilityView::setProject(const QString &templatePath)
{
    m_templatePath = templatePath;
    m_model->clear();
    m_summary->clear();
    m_details->clear();
    reloadTargets();
}

void PortabilityView::setFunction(const FunctionConfig &function)
{
    m_function = function;
    updateButtons();
}

void PortabilityView::reloadTargets()
{
    const QString current = m_targets->currentText();
    m_targets->clear();
    if (m_templatePath.isEmpty()) {
        updateButtons();
        return;
    }
    ProjectError error;
    const auto file = TargetsFile::load(m_templatePath, &error);
    if (!file) {
        setStatus(error.toString());
        updateButtons();
        return;
    }
    for (const TargetSpec &spec : file->targets())
        m_targets->addItem(QStringLiteral("%1 (%2)").arg(spec.name, targetKindTitle(spec.kind)), spec.name);
    // The local pool against itself says nothing: start on another target.
    int index = m_targets->findData(current.section(u' ', 0, 0));
    if (index < 0) {
        for (int i = 0; i < file->targets().size(); ++i) {
            if (file->targets().at(i).kind != TargetKind::LocalPool) {
                index = i;
                break;
            }
        }
    }
    m_targets->setCurrentIndex(qMax(0, index));
    updateButtons();
}

bool PortabilityView::isRunning() const
{
    return m_preparer || m_run;
}

bool PortabilityView::run(const QString &targetName)
{
    if (isRunning()) {
        setStatus(tr("A probe is running already."));
        return false;
    }
    if (m_templatePath.isEmpty() || m_function.logicalId.isEmpty()) {
        setStatus(tr("Open a project and choose a function first."));
        return false;
    }
    const QString name = targetName.isEmpty() ? m_targets->currentData().toString() : targetName;
    ProjectError error;
    const auto file = TargetsFile::load(m_templatePath, &error);
    if (!file) {
        setStatus(error.toString());
        return false;
    }
    const auto spec = file->target(name);
    if (!spec) {
        setStatus(tr("The project has no target named \"%1\".").arg(name));
        return false;
    }
    m_model->clear();
    m_details->clear();
    m_summary->setText(tr("Probing %1 in the local pool and in %2…").arg(m_function.logicalId, name));
    setStatus(tr("Building %1 when it needs a build…").arg(m_function.logicalId));

    TargetContext context;
    context.templatePath = m_templatePath;
    context.engine = m_settings;
    const TargetSpec target = *spec;

    const QString sourceDirectory = m_function.codeDirectory;
    m_preparer = new FunctionPreparer({}, this);
    connect(m_preparer, &FunctionPreparer::logLine, this,
            [this](const QString &, const QString &line) { setStatus(line); });
    connect(m_preparer, &FunctionPreparer::failed, this, [this](const QString &e) {
        m_preparer->deleteLater();
        finishRun();
        m_summary->setText(tr("The build failed: %1").arg(e.toHtmlEscaped()));
        setStatus(tr("The build failed."));
        Q_EMIT failed(e);
    });
    connect(
        m_preparer, &FunctionPreparer::ready, this,
        [this, sourceDirectory, target, context](const FunctionConfig &built) {
            m_preparer->deleteLater();
            m_run = new PortabilityRun(target, context, this);
            connect(m_run, &PortabilityRun::progress, this, &PortabilityView::setStatus);
            connect(m_run, &PortabilityRun::failed, this, [this](const QString &e) {
                finishRun();
                m_summary->setText(tr("No report: %1").arg(e.toHtmlEscaped()));
                setStatus(tr("The probe failed."));
                Q_EMIT failed(e);
            });
            connect(m_run, &PortabilityRun::finished, this, [this](const PortabilityReport &report) {
                finishRun();
                m_model->setReport(report);
                const int differs = int(report.itemsWith(PortabilityVerdict::Differs).size());
                m_summary->setText(
                    tr("<b>%1</b> from the local pool to <b>%2</b> (%3): <b>%n difference(s)</b>, %4 of "
                       "them in what the function's code names.%5",
                       nullptr, differs)
                        .arg(report.functionId.toHtmlEscaped(), report.target.name.toHtmlEscaped(),
                             report.target.kind.toHtmlEscaped())
                        .arg(report.breakingCount())
                        .arg(report.target.probed ? QString() : QString(u' ' + report.target.note.toHtmlEscaped())));
                // Wide enough to read, never so wide that the target's column leaves
                // the view; the full text is in the evidence below and the tooltip.
                for (int column = 0; column < PortabilityModel::ColumnCount; ++column) {
                    m_table->resizeColumnToContents(column);
                    m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), MaxColumnWidth));
                }
                m_table->setCurrentIndex(m_model->index(0, 0));
                setStatus(tr("Probed at %1.").arg(report.generatedAt));
                updateButtons();
                Q_EMIT finished(report);
            });
            m_run->start(built, sourceDirectory);
        });
    m_preparer->prepare(m_function, m_templatePath);
    updateButtons();
    return true;
}

void PortabilityView::finishRun()
{
    if (m_run)
        m_run->deleteLater();
    m_run = nullptr; // its local pool's instances stop with it; the probe's deployment is gone already
    m_preparer = nullptr;
    updateButtons();
}

bool PortabilityView::exportReport(const QString &path, const QString &format, QString *error) const
{
    if (!m_model->hasReport()) {
        *error = tr("There is no report to export yet.");
        return false;
    }
    const QByteArray text = (format == u"html" ? m_model->report().toHtml() : m_model->report().toMarkdown()).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void PortabilityView::exportAs(const QString &format)
{
    const bool html = format == u"html";
    const QString suggested
        = QStringLiteral("%1-portability.%2")
              .arg(m_model->report().functionId, html ? QStringLiteral("html") : QStringLiteral("md"));
    const QString path = QFileDialog::getSaveFileName(this, html ? tr("Export as HTML") : tr("Export as Markdown"),
                                                      suggested, html ? tr("HTML (*.html)") : tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    QString error;
    setStatus(exportReport(path, format, &error) ? tr("Wrote %1.").arg(path) : error);
}

void PortabilityView::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    m_details->setHtml(current.isValid() ? m_model->data(current, PortabilityModel::EvidenceRole).toString()
                                         : QString());
}

void PortabilityView::setStatus(const QString &text)
{
    m_status->setText(text);
}

QString PortabilityView::statusText() const
{
    return m_status->text();
}

QString PortabilityView::detailsText() const
{
    return m_details->toPlainText();
}

void PortabilityView::updateButtons()
{
    const bool running = isRunning();
    m_runButton->setEnabled(!running && m_targets->count() > 0 && !m_function.logicalId.isEmpty());
    m_targets->setEnabled(!running);
    m_markdownButton->setEnabled(m_model->hasReport());
    m_htmlButton->setEnabled(m_model->hasReport());
}

} // namespace Bullpen
