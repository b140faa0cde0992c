#include "session.h"

#include "calltablemodel.h"
#include "historystore.h"
#include "sim/dialgensimulator.h"
#include "sim/simworld.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

namespace cw {

Session::Session(ClientConfig config, QObject *parent)
    : QObject(parent)
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_client(std::make_unique<DialgenClient>(m_network.get(), std::move(config)))
    , m_model(std::make_unique<CallTableModel>())
    , m_tracker(std::make_unique<CallTracker>(m_client.get(), m_model.get()))
{}

Session::~Session()
{
    // Tracker first (it holds replies and flushes to the history), the simulator last.
    m_tracker.reset();
    m_history.reset();
    m_client.reset();
    m_network.reset();
    m_simulator.reset();
}

void Session::openHistory(const QString &directory, int retentionDays)
{
    if (!m_history)
        m_history = std::make_unique<HistoryStore>();
    m_history->setRetentionDays(retentionDays);
    m_history->open(directory);
    m_history->applyRetention();
    m_tracker->setStore(m_history.get());
    m_tracker->restoreFromStore();
}

void Session::openThrowawayHistory()
{
    m_throwawayDir = std::make_unique<QTemporaryDir>();
    openHistory(m_throwawayDir->isValid() ? m_throwawayDir->path() : QString());
}

bool Session::startDemo(const DemoOptions &options, QString *error)
{
    if (m_simulator)
        return true;
    sim::SimConfig config;
    config.speed = options.speed;
    config.seed = options.seed ? options.seed : quint64(QDateTime::currentMSecsSinceEpoch());
    auto simulator = std::make_unique<sim::DialgenSimulator>(config);
    if (!simulator->start(0, error))
        return false;
    m_simulator = std::move(simulator);

    ClientConfig client = m_client->config();
    client.baseUrl = m_simulator->baseUrl();
    client.apiKey = m_simulator->apiKey();
    m_client->setConfig(client);

    connect(m_simulator.get(), &sim::DialgenSimulator::callCreated, m_tracker.get(),
            [this](const QString &callId, const QString &batchId) {
                if (batchId.isEmpty())
                    m_tracker->trackCall(callId);
            });
    connect(m_simulator.get(), &sim::DialgenSimulator::batchCreated, m_tracker.get(),
            [this](const QString &batchId) { m_tracker->trackBatch(batchId); });
    // Something to look at from the first second: the newest batch and the latest single calls.
    sim::SimWorld &world = m_simulator->world();
    const QStringList batches = world.batchIds();
    if (!batches.isEmpty())
        m_tracker->trackBatch(batches.constLast());
    m_tracker->trackBatch(world.createBatch(40));
    QStringList singles;
    const QStringList calls = world.callIds();
    for (auto it = calls.crbegin(); it != calls.crend() && singles.size() < options.recentSingleCalls; ++it) {
        const auto call = world.call(*it);
        if (call && call->batchId.isEmpty())
            singles.append(*it);
    }
    m_tracker->trackCalls(singles);
    for (int i = 0; i < 4; ++i)
        m_tracker->trackCall(world.createCall());
    return true;
}

} // namespace cw
