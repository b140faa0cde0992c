#pragma once

#include "simworld.h"
#include "webhookdispatcher.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

// A local stand-in for the Dialgen REST API: a SimWorld served over HTTP on 127.0.0.1.
//
//   client ──TCP──> FaultProxy (127.0.0.1:port, the advertised base URL)
//                      └──TCP──> QHttpServer (127.0.0.1:internal port) ──> SimApi ──> SimWorld
//
// * Everything listens on 127.0.0.1 only; nothing connects anywhere else except webhook deliveries, and
//   only to the target given to setWebhookTarget().
// * The world is advanced on the real clock by a ~100 ms timer (SimConfig::autoAdvance; switch it off and
//   call world().advanceTo() to drive time by hand in tests).
// * Faults: 5xx, 429 + Retry-After and malformed bodies are produced by the request handler; added
//   latency, stalled bodies and connection resets by the FaultProxy. Fault decisions use generators
//   seeded from SimConfig::seed. Faults never apply to a request that fails authentication.
// * Webhooks (off by default): setWebhookTarget() makes the simulator push call and batch events to a URL,
//   as Dialgen does (see WebhookDispatcher). That is the one outgoing connection the simulator makes, and
//   plain http goes to loopback only. Deliveries do not depend on start() / stop(): the world keeps moving
//   while the API is stopped, and its events are still delivered.
// * Destroying the simulator closes every connection and socket it owns (webhook requests included).
namespace cw::sim {

struct FaultConfig
{
    int latencyMs = 0;          // added to every response (held back by the proxy)
    double serverErrorRate = 0; // 0..1: 500 / 502 / 503 (503 with Retry-After)
    double rateLimitRate = 0;   // 0..1: 429 with Retry-After
    int retryAfterSeconds = 1;  // the Retry-After value sent with 429 and 503
    double malformedRate = 0;   // 0..1: a 2xx body truncated, with wrong JSON types, or not JSON at all
    double stallRate = 0;       // 0..1: headers and half the body, then silence
    double resetRate = 0;       // 0..1: TCP reset before the response or in the middle of the body
};

class DialgenSimulator : public QObject
{
    Q_OBJECT

public:
    // Builds the world at once (history included); nothing listens before start().
    explicit DialgenSimulator(const SimConfig &config, QObject *parent = nullptr);
    ~DialgenSimulator() override;

    // Listens on 127.0.0.1:port (0 = ephemeral). Returns false (and an explanation) when it cannot.
    bool start(quint16 port = 0, QString *error = nullptr);
    // Closes the listening sockets and every connection. start() may be called again.
    void stop();
    bool isRunning() const;

    QUrl baseUrl() const; // http://127.0.0.1:PORT; empty when not running
    quint16 port() const;
    QString apiKey() const;

    void setFaults(const FaultConfig &faults);
    FaultConfig faults() const;

    // Serve /api/v1/call/check-status in the older flat shape instead of {success, data}.
    void setFlatPersistent(bool flat);
    bool flatPersistent() const;

    // Advance the world on the real clock (every ~100 ms). On by default (SimConfig::autoAdvance).
    void setAutoAdvance(bool enabled);
    bool autoAdvance() const;

    SimWorld &world();
    const SimWorld &world() const;

    quint64 requestCount() const; // requests that reached the API handler (all endpoints, all outcomes)

    // Webhook delivery: every call attempt that ends and every batch that completes or is cancelled is
    // POSTed to `url` (an empty URL switches it off), signed with `secret` when one is given. Returns false
    // (delivery off, `error` explains) for a refused URL: http off loopback, or not http(s).
    bool setWebhookTarget(const QUrl &url, const QByteArray &secret = {}, const WebhookOptions &options = {},
                          QString *error = nullptr);
    WebhookDispatcher &webhooks(); // stats and per-delivery signals
    const WebhookDispatcher &webhooks() const;

    // A fresh random API key ("dgsim_" + 40 hex digits) from the system's secure generator.
    static QString generateApiKey();

Q_SIGNALS:
    void callCreated(const QString &callId, const QString &batchId);
    void batchCreated(const QString &batchId);
    void callChanged(const QString &callId);
    void batchChanged(const QString &batchId);
    // After the handler has answered; transport faults (stall, reset, latency) may still follow.
    void requestServed(const QString &path, int httpStatus);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cw::sim
