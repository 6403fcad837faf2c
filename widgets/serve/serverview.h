// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTreeWidget;

namespace Bullpen {

class ServerRequestModel;

// One route the server answers, for the routes list.
struct ServerRoute
{
    QString method;
    QString path;
    QString function; // the function it invokes (empty for ListFunctions)
};

// The Server panel's widget: start and stop, the port and the SigV4 choice
// (off, or a profile from ~/.aws whose keys a request must be signed with),
// the addresses, the routes, the live request log and, for the chosen
// function, the `aws` and `curl` commands to paste into a shell. It shows
// state and asks for changes through its signals; ServerFeature runs the server.
// Every part is reachable from the keyboard (labels with mnemonics name their
// fields, the buttons have accelerators).
class ServerView final : public QWidget
{
    Q_OBJECT
public:
    explicit ServerView(QWidget *parent = nullptr);

    ServerRequestModel *requests() const { return m_requests; }

    quint16 port() const;
    void setPort(quint16 port);
    // The profile requests must be signed with; empty: SigV4 off.
    QString credentialsProfile() const;
    void setProfiles(const QStringList &profiles, const QString &current);

    // running: the addresses it listens on; stopped: why, when it failed.
    void setRunning(bool running, const QString &endpointUrl, const QString &message = {});
    bool isRunning() const { return m_running; }
    void setRoutes(const QList<ServerRoute> &routes);
    void setFunctions(const QStringList &functionNames, const QString &current);
    void setCurrentFunction(const QString &functionName);
    void setPayload(const QByteArray &payload);

    QString awsCommand() const;
    QString curlCommand() const;
    QPushButton *startStopButton() const { return m_startStop; }

Q_SIGNALS:
    void startRequested();
    void stopRequested();
    void credentialsProfileChanged(const QString &profile);

private:
    void updateCommands();
    void copy(const QString &text, const QString &what);

    ServerRequestModel *m_requests;
    QSpinBox *m_port;
    QComboBox *m_credentials;
    QPushButton *m_startStop;
    QLabel *m_status;
    QTreeWidget *m_routes;
    QComboBox *m_function;
    QLineEdit *m_aws;
    QLineEdit *m_curl;
    QTableView *m_log;
    QString m_endpoint;
    QByteArray m_payload = "{}";
    bool m_running = false;
    bool m_followLog = true;
};

} // namespace Bullpen
