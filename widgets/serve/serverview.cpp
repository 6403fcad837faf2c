// SPDX-License-Identifier: MIT
#include "widgets/serve/serverview.h"

#include "widgets/serve/servercommands.h"
#include "widgets/serve/serverrequestmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Bullpen {

using namespace Qt::StringLiterals;

ServerView::ServerView(QWidget *parent)
    : QWidget(parent)
    , m_requests(new ServerRequestModel(this))
    , m_port(new QSpinBox(this))
    , m_credentials(new QComboBox(this))
    , m_startStop(new QPushButton(tr("&Start"), this))
    , m_status(new QLabel(this))
    , m_routes(new QTreeWidget(this))
    , m_function(new QComboBox(this))
    , m_aws(new QLineEdit(this))
    , m_curl(new QLineEdit(this))
    , m_log(new QTableView(this))
{
    setObjectName(u"serverView"_s);
    m_port->setObjectName(u"serverPort"_s);
    m_port->setRange(0, 65535);
    m_port->setValue(3001); // SAM's start-lambda port
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setToolTip(tr("The port of Lambda's Invoke API on 127.0.0.1 (0 picks a free one)."));
    m_credentials->setObjectName(u"serverCredentials"_s);
    m_credentials->setToolTip(tr("Off: any request is taken, signed or not, as SAM does. A profile from ~/.aws: "
                                 "requests must carry a valid SigV4 signature made with its keys."));
    m_startStop->setObjectName(u"serverStartStop"_s);
    m_status->setObjectName(u"serverStatus"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setWordWrap(true);

    auto *settings = new QHBoxLayout;
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);
    auto *credentialsLabel = new QLabel(tr("Si&gV4:"), this);
    credentialsLabel->setBuddy(m_credentials);
    settings->addWidget(portLabel);
    settings->addWidget(m_port);
    settings->addWidget(credentialsLabel);
    settings->addWidget(m_credentials, 1);
    settings->addWidget(m_startStop);

    m_routes->setObjectName(u"serverRoutes"_s);
    m_routes->setHeaderLabels({ tr("Method"), tr("Path"), tr("Function") });
    m_routes->setRootIsDecorated(false);
    m_routes->setAlternatingRowColors(true);
    m_routes->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_function->setObjectName(u"serverFunction"_s);
    m_aws->setObjectName(u"serverAwsCommand"_s);
    m_curl->setObjectName(u"serverCurlCommand"_s);
    for (QLineEdit *edit : { m_aws, m_curl }) {
        edit->setReadOnly(true);
        edit->setCursorPosition(0);
    }
    auto *copyAws = new QPushButton(tr("Copy &aws"), this);
    copyAws->setObjectName(u"serverCopyAws"_s);
    auto *copyCurl = new QPushButton(tr("Copy c&url"), this);
    copyCurl->setObjectName(u"serverCopyCurl"_s);
    auto *commands = new QFormLayout;
    auto *functionLabel = new QLabel(tr("&Function:"), this);
    functionLabel->setBuddy(m_function);
    commands->addRow(functionLabel, m_function);
    auto *awsRow = new QHBoxLayout;
    awsRow->addWidget(m_aws, 1);
    awsRow->addWidget(copyAws);
    auto *awsLabel = new QLabel(tr("AWS C&LI:"), this);
    awsLabel->setBuddy(m_aws);
    commands->addRow(awsLabel, awsRow);
    auto *curlRow = new QHBoxLayout;
    curlRow->addWidget(m_curl, 1);
    curlRow->addWidget(copyCurl);
    auto *curlLabel = new QLabel(tr("&curl:"), this);
    curlLabel->setBuddy(m_curl);
    commands->addRow(curlLabel, curlRow);

    m_log->setObjectName(u"serverLog"_s);
    m_log->setModel(m_requests);
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_log->setAlternatingRowColors(true);
    m_log->verticalHeader()->hide();
    m_log->verticalHeader()->setDefaultSectionSize(m_log->fontMetrics().height() + 6);
    // Fixed starting widths from the font, not ResizeToContents: that would
    // measure every row on each of thousands of appends under load.
    const QFontMetrics metrics = m_log->fontMetrics();
    const auto widthOf = [&](const QString &sample) { return metrics.horizontalAdvance(sample) + 16; };
    m_log->setColumnWidth(ServerRequestModel::TimeColumn, widthOf(u"00:00:00.000"_s));
    m_log->setColumnWidth(ServerRequestModel::OperationColumn, widthOf(u"GetFunctionConfiguration"_s));
    m_log->setColumnWidth(ServerRequestModel::TypeColumn, widthOf(u"RequestResponse"_s));
    m_log->setColumnWidth(ServerRequestModel::StatusColumn, widthOf(u"Status"_s));
    m_log->setColumnWidth(ServerRequestModel::ErrorColumn, widthOf(u"MissingAuthenticationTokenException"_s));
    m_log->horizontalHeader()->setSectionResizeMode(ServerRequestModel::FunctionColumn, QHeaderView::Stretch);
    auto *clearLog = new QPushButton(tr("Clea&r Log"), this);
    clearLog->setObjectName(u"serverClearLog"_s);
    // Follow the newest request unless the user scrolled up to read an older one.
    connect(m_requests, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_log->verticalScrollBar();
        m_followLog = bar->value() == bar->maximum();
    });
    connect(m_requests, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followLog)
            m_log->scrollToBottom();
    });

    // The log and the routes share the panel's lower part as tabs, so the log
    // has the whole width for its seven columns (Alt+Q and Alt+O switch).
    auto *logBox = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logBox);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(m_log);
    auto *logButtons = new QHBoxLayout;
    logButtons->addStretch(1);
    logButtons->addWidget(clearLog);
    logLayout->addLayout(logButtons);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"serverTabs"_s);
    tabs->addTab(logBox, tr("Re&quests"));
    tabs->addTab(m_routes, tr("R&outes"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(settings);
    layout->addWidget(m_status);
    layout->addLayout(commands);
    layout->addWidget(tabs, 1);

    connect(m_startStop, &QPushButton::clicked, this, [this] {
        if (m_running)
            Q_EMIT stopRequested();
        else
            Q_EMIT startRequested();
    });
    connect(m_credentials, &QComboBox::activated, this, [this] {
        updateCommands();
        Q_EMIT credentialsProfileChanged(credentialsProfile());
    });
    connect(m_port, &QSpinBox::valueChanged, this, &ServerView::updateCommands);
    connect(m_function, &QComboBox::currentIndexChanged, this, &ServerView::updateCommands);
    connect(copyAws, &QPushButton::clicked, this, [this] { copy(m_aws->text(), tr("aws command")); });
    connect(copyCurl, &QPushButton::clicked, this, [this] { copy(m_curl->text(), tr("curl command")); });
    connect(clearLog, &QPushButton::clicked, m_requests, &ServerRequestModel::clear);

    setProfiles({}, {});
    setRunning(false, {});
}

quint16 ServerView::port() const
{
    return quint16(m_port->value());
}

void ServerView::setPort(quint16 port)
{
    m_port->setValue(port);
}

QString ServerView::credentialsProfile() const
{
    return m_credentials->currentData().toString();
}

void ServerView::setProfiles(const QStringList &profiles, const QString &current)
{
    const QSignalBlocker blocker(m_credentials);
    m_credentials->clear();
    m_credentials->addItem(tr("Off (any credentials, as SAM)"), QString());
    for (const QString &profile : profiles)
        m_credentials->addItem(tr("Required: profile %1").arg(profile), profile);
    if (!current.isEmpty() && !profiles.contains(current))
        m_credentials->addItem(tr("Required: profile %1 (not found)").arg(current), current);
    m_credentials->setCurrentIndex(qMax(0, m_credentials->findData(current)));
    updateCommands();
}

void ServerView::setRunning(bool running, const QString &endpointUrl, const QString &message)
{
    m_running = running;
    m_endpoint = running ? endpointUrl : QString();
    m_startStop->setText(running ? tr("S&top") : tr("&Start"));
    m_port->setEnabled(!running);
    m_credentials->setEnabled(!running);
    QString text;
    if (running) {
        text = tr("Listening: Invoke API at %1").arg(endpointUrl);
        text += credentialsProfile().isEmpty() ? tr(" (any credentials)")
                                               : tr(" (SigV4 with profile %1)").arg(credentialsProfile());
    } else {
        text = message.isEmpty() ? tr("Stopped.") : message;
    }
    m_status->setText(text);
    updateCommands();
}

void ServerView::setRoutes(const QList<ServerRoute> &routes)
{
    m_routes->clear();
    for (const ServerRoute &route : routes)
        m_routes->addTopLevelItem(new QTreeWidgetItem(QStringList { route.method, route.path, route.function }));
}

void ServerView::setFunctions(const QStringList &functionNames, const QString &current)
{
    const QSignalBlocker blocker(m_function);
    m_function->clear();
    m_function->addItems(functionNames);
    m_function->setCurrentIndex(qMax(0, functionNames.indexOf(current)));
    updateCommands();
}

void ServerView::setCurrentFunction(const QString &functionName)
{
    const int index = m_function->findText(functionName);
    if (index >= 0)
        m_function->setCurrentIndex(index);
}

void ServerView::setPayload(const QByteArray &payload)
{
    m_payload = payload.trimmed().isEmpty() ? QByteArray("{}") : payload;
    updateCommands();
}

QString ServerView::awsCommand() const
{
    return m_aws->text();
}

QString ServerView::curlCommand() const
{
    return m_curl->text();
}

void ServerView::updateCommands()
{
    ServerCommandOptions options;
    options.endpointUrl = m_endpoint.isEmpty() ? u"http://127.0.0.1:%1"_s.arg(m_port->value()) : m_endpoint;
    options.functionName = m_function->currentText();
    options.payload = m_payload;
    options.profile = credentialsProfile();
    const bool have = !options.functionName.isEmpty();
    m_aws->setText(have ? ServerCommands::awsInvoke(options) : QString());
    m_curl->setText(have ? ServerCommands::curlInvoke(options) : QString());
    m_aws->setCursorPosition(0);
    m_curl->setCursorPosition(0);
}

void ServerView::copy(const QString &text, const QString &what)
{
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    m_status->setToolTip(tr("Copied the %1.").arg(what));
}

} // namespace Bullpen
