#pragma once

#include "calltracker.h"
#include "dialgenclient.h"
#include "historystore.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;
class QTemporaryDir;

namespace cw {

class CallTableModel;
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
    bool startDemo(const DemoOptions &options, QString *error = nullptr);
    bool isDemo() const { return m_simulator != nullptr; }

    // Opens the history in `directory` (empty: the platform's app data folder), restores what was
    // tracked and records from now on. Never fails outright: when the file cannot be used the history is
    // kept in memory and historyProblem() says why.
    void openHistory(const QString &directory = {}, int retentionDays = HistoryStore::DefaultRetentionDays);
    // The demo keeps its history in a throw-away folder, apart from the real one.
    void openThrowawayHistory();
    HistoryStore *history() const { return m_history.get(); }
    sim::DialgenSimulator *simulator() const { return m_simulator.get(); }

    DialgenClient *client() const { return m_client.get(); }
    CallTableModel *model() const { return m_model.get(); }
    CallTracker *tracker() const { return m_tracker.get(); }

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<sim::DialgenSimulator> m_simulator;
    std::unique_ptr<DialgenClient> m_client;
    std::unique_ptr<CallTableModel> m_model;
    std::unique_ptr<CallTracker> m_tracker;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<QTemporaryDir> m_throwawayDir;
};

} // namespace cw
