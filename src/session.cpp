#include "session.h"

#include "calltablemodel.h"
#include "historystore.h"
#include "sim/dialgensimulator.h"
#include "sim/simworld.h"
#include "webhookreceiver.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

namespace cw {

Session::Session(ClientConfig config, QObject *parent)
    : QObject(parent)
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_client(std::make_unique<DialgenClient>(m_network.get(), std::move(config)))
    , m_model(std::make_unique<CallTableModel>())
    , m_tracker(std::make_unique<CallTracker>(m_client.get(), m_model.get()))
{
    m_webhookHealthTimer.setSingleShot(true);
    connect(&m_webhookHealthTimer, &QTimer::timeout, this, &Session::updateWebhookRelief);
}

Session::~Session()
{
    // The webhook receiver first (nothing new arrives), then the tracker (it holds replies and flushes to
    // the history), the simulator last.
    if (m_webhookReceiver)
        m_webhookReceiver->disconnect(this);
    m_webhookReceiver.reset();
    m_tracker.reset();
    m_history.reset();
    m_client.reset();
    m_network.reset();
    m_simulator.reset();
}

void Session::openHistory(const QString &directory, int retentionDays, HistoryLoad load)
{
    if (!m_history)
        m_history = std::make_unique<HistoryStore>();
    m_history->setRetentionDays(retentionDays);
    m_history->open(directory);
    m_history->applyRetention();
    m_tracker->setStore(m_history.get());
    if (load == HistoryLoad::Background)
        m_tracker->restoreFromStoreInBackground();
    else
        m_tracker->restoreFromStore();
}

bool Session::startWebhookReceiver(const QHostAddress &address, quint16 port, const QByteArray &secret,
                                   QString *error)
{
    if (!m_webhookReceiver) {
        m_webhookReceiver = std::make_unique<WebhookReceiver>();
        // Acknowledged means durable: an event is applied and its history committed before it is answered.
        m_webhookReceiver->setDurableHandler([this](const WebhookEvent &event) {
            m_tracker->applyWebhookEvent(event);
            return m_tracker->commitToStore();
        });
        connect(m_webhookReceiver.get(), &WebhookReceiver::eventReceived, this, [this] {
            m_lastWebhookEvent.start();
            updateWebhookRelief();
        });
        connect(m_webhookReceiver.get(), &WebhookReceiver::stateChanged, this, [this] {
            m_lastWebhookEvent.invalidate(); // a new (or no) address: wait for the first event on it
            updateWebhookRelief();
        });
    }
    m_webhookSecret = secret;
    m_webhookReceiver->setSecret(secret);
    const bool started = m_webhookReceiver->start(address, port, error);
    if (started)
        connectDemoWebhooks();
    return started;
}

void Session::updateWebhookRelief()
{
    const bool healthy = m_webhookReceiver && m_webhookReceiver->isListening() &&
                         m_lastWebhookEvent.isValid() &&
                         m_lastWebhookEvent.elapsed() < WebhookHealthyWindowMs;
    m_tracker->setWebhooksActive(healthy);
    // Look again when the window since the last event runs out (a timer may fire a little early: then
    // this finds the channel still healthy and waits for the rest).
    if (healthy)
        m_webhookHealthTimer.start(int(WebhookHealthyWindowMs - m_lastWebhookEvent.elapsed()) + 1);
    else
        m_webhookHealthTimer.stop();
}

void Session::connectDemoWebhooks()
{
    if (!m_simulator || !m_webhookReceiver || m_webhookReceiver->state() != WebhookReceiver::State::Listening)
        return;
    // The receiver may listen on 0.0.0.0 or ::; the simulator delivers over loopback either way.
    QUrl target = m_webhookReceiver->url();
    const QHostAddress host(target.host());
    if (host == QHostAddress::AnyIPv4 || host == QHostAddress::AnyIPv6 || host == QHostAddress::Any)
        target.setHost(QStringLiteral("127.0.0.1"));
    m_simulator->setWebhookTarget(target, m_webhookSecret);
}

void Session::seedDemoHistory()
{
    if (!m_history || !m_simulator || !m_throwawayDir)
        return; // only ever into the demo's own throw-away history
    const sim::SimWorld &world = m_simulator->world();
    const QDateTime since = world.now().addDays(-DemoHistoryDays);
    const QString source = QStringLiteral("simulated");
    HistoryStore::WriteBatch batch;
    const QStringList ids = world.callIds();
    for (const QString &id : ids) {
        const std::optional<sim::SimCall> call = world.call(id);
        if (!call || !call->createdAt.isValid() || call->createdAt < since)
            continue;
        const auto add = [&](const QDateTime &at, CallStatus status, const QString &error) {
            if (!at.isValid())
                return;
            HistoryStore::Transition transition;
            transition.callId = id;
            transition.at = at;
            transition.attempt = qMax(1, call->attempt);
            transition.source = source;
            transition.status = status;
            transition.error = error;
            batch.transitions.append(transition);
        };
        add(call->createdAt, CallStatus::Scheduled, {});
        switch (call->status) {
        case sim::SimCallStatus::Scheduled:
            break;
        case sim::SimCallStatus::Ongoing:
            add(call->connectedAt.isValid() ? call->connectedAt : call->startTime, CallStatus::Ongoing, {});
            break;
        case sim::SimCallStatus::Completed:
        case sim::SimCallStatus::Missed:
        case sim::SimCallStatus::Failed: {
            if (call->connectedAt.isValid())
                add(call->connectedAt, CallStatus::Ongoing, {});
            const CallStatus status = call->status == sim::SimCallStatus::Completed ? CallStatus::Completed
                                      : call->status == sim::SimCallStatus::Missed  ? CallStatus::Missed
                                                                                    : CallStatus::Failed;
            add(call->endedAt, status, call->error);
            break;
        }
        }
    }
    m_demoHistoryTransitions = batch.transitions.size();
    m_history->write(batch);
}

void Session::stopWebhookReceiver()
{
    if (m_webhookReceiver)
        m_webhookReceiver->stop();
    m_lastWebhookEvent.invalidate();
    updateWebhookRelief();
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

    seedDemoHistory();
    connectDemoWebhooks();

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
