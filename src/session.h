#pragma once

#include "calltracker.h"
#include "dialgenclient.h"
#include "historystore.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QTemporaryDir;

namespace cw {

class CallTableModel;
class WebhookReceiver;
namespace sim {
class DialgenSimulator;
}

// Everything one running CallWatch needs, wired together: network, client, call model and tracker, and
// in demo mode the built-in simulator. The GUI and the tests build one of these; main() only parses the
// command line.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(ClientConfig config, QObject *parent = nullptr);
    ~Session() override;

    struct DemoOptions
    {
        double speed = 40;          // how much faster than real time the simulated calls run
        quint64 seed = 0;           // 0: a different demo every start
        int recentSingleCalls = 12; // single calls from the recent past to show at once
    };
    // Starts the simulator on an ephemeral loopback port and points the client at it; the tracker then
    // follows every batch the simulator lists and every single call it creates.
    // The demo's history (a throw-away one, see openThrowawayHistory()) starts with the simulator's past
    // traffic of the last DemoHistoryDays days, so the charts and the wallboard have a past to show.
    // When the webhook receiver runs, the simulator delivers its webhooks to it (signed).
    bool startDemo(const DemoOptions &options, QString *error = nullptr);
    static constexpr int DemoHistoryDays = 30;
    // How many status changes startDemo() put into the history.
    qint64 demoHistoryTransitions() const { return m_demoHistoryTransitions; }
    bool isDemo() const { return m_simulator != nullptr; }

    // Opens the history in `directory` (empty: the platform's app data folder), restores what was
    // tracked and records from now on. Never fails outright: when the file cannot be used the history is
    // kept in memory and historyProblem() says why.
    // HistoryLoad::Background restores in the background (CallTracker::restoreFromStoreInBackground()):
    // what the app does at start-up, so the window paints at once whatever the size of the history.
    enum class HistoryLoad : quint8
    {
        Synchronous,
        Background,
    };
    void openHistory(const QString &directory = {}, int retentionDays = HistoryStore::DefaultRetentionDays,
                     HistoryLoad load = HistoryLoad::Synchronous);
    // The demo keeps its history in a throw-away folder, apart from the real one.
    void openThrowawayHistory();
    HistoryStore *history() const { return m_history.get(); }
    sim::DialgenSimulator *simulator() const { return m_simulator.get(); }

    // Starts receiving Dialgen's webhooks on address:port (port 0: any free port), checking signatures
    // when `secret` is not empty; every event goes to the tracker (CallTracker::applyWebhookEvent) and
    // the history is committed (CallTracker::commitToStore()) before the delivery is answered 202
    // (WebhookReceiver::setDurableHandler(); 503 when the history cannot be written, so Dialgen delivers
    // it again). A receiver already running is restarted with the new settings. False: *error says why
    // (the receiver stays available, in state Error).
    bool startWebhookReceiver(const QHostAddress &address, quint16 port, const QByteArray &secret,
                              QString *error = nullptr);
    // Stops listening; the receiver (and its counters) stays until the session ends.
    void stopWebhookReceiver();
    // Null until startWebhookReceiver() is first called.
    WebhookReceiver *webhookReceiver() const { return m_webhookReceiver.get(); }
    // Webhook relief (CallTracker::setWebhooksActive()): on while the receiver is listening AND has
    // accepted an event in the last WebhookHealthyWindowMs, i.e. while the push channel is known to work;
    // off otherwise. Re-evaluated on every accepted event, on every receiver state change, and when the
    // window since the last event runs out. Events accepted before the receiver stopped or restarted do
    // not count (Dialgen may not know the new address).
    static constexpr int WebhookHealthyWindowMs = 10 * 60 * 1000;
    bool webhookReliefActive() const { return m_tracker->webhooksActive(); }

    DialgenClient *client() const { return m_client.get(); }
    // The network manager every request goes through (its children are the replies still alive).
    QNetworkAccessManager *network() const { return m_network.get(); }
    CallTableModel *model() const { return m_model.get(); }
    CallTracker *tracker() const { return m_tracker.get(); }

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<sim::DialgenSimulator> m_simulator;
    std::unique_ptr<DialgenClient> m_client;
    std::unique_ptr<CallTableModel> m_model;
    std::unique_ptr<CallTracker> m_tracker;
    std::unique_ptr<WebhookReceiver> m_webhookReceiver;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<QTemporaryDir> m_throwawayDir;
    QByteArray m_webhookSecret;
    qint64 m_demoHistoryTransitions = 0;

    QElapsedTimer m_lastWebhookEvent; // invalid: none since the receiver (re)started listening
    QTimer m_webhookHealthTimer;      // fires when the healthy window since the last event runs out

    void updateWebhookRelief();
    void seedDemoHistory();
    void connectDemoWebhooks();
};

} // namespace cw
