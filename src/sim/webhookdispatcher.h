#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

// Webhook delivery for the Dialgen simulator: pushes an event to one configured URL whenever a call's
// attempt ends and whenever a batch completes or is cancelled, the way the API page describes Dialgen's
// webhooks ("Webhooks" in /work/shared/dialgen-api.md).
//
// Events and payloads (bodies are compact JSON, Content-Type: application/json)
// ------------------------------------------------------------------------------
// * A call attempt ends COMPLETED / MISSED / FAILED (SimWorld::callEnded, retries included): one of the two
//   documented shapes, chosen per event (WebhookOptions::shape):
//     flat    {"event":"call.completed", callId, status, duration, contactId, summary, recordingUrl}
//     nested  {"success":true, "callData":{id, contactId, agentId, batchId, status, startTime, endTime,
//              duration, phoneNumber, contactName, transcription, recordingUrl, summary, metricJson},
//              "metricSchema":{...}}
//   The API page names only "call.completed", so the flat event keeps that name for MISSED and FAILED
//   calls too; `status` tells them apart. Values are spelled exactly as the REST endpoints spell them
//   (the builders of simapi.h are shared), null where the API gives null.
// * A batch completes (SimWorld::batchCompleted):
//     {"event":"batch.completed", batchId, agentId, userId, statistics:{...}, timestamps:{...}}
//   with batch/check-status's statistics and timestamps objects.
// * A batch is cancelled (SimWorld::batchCancelled):
//     {"event":"batch.failed", batchId, agentId, error, code:"BATCH_CANCELLED", timestamp}
// A payload is built once, when the event happens: retries and duplicates send the same bytes.
//
// Determinism
// -----------
// The shape (Mixed: flat or nested, one chance in two) and the duplicate decision are drawn from a random
// stream derived from the world's seed, the event's subject id (call or batch) and the attempt number, never
// from the world's own streams: attaching a dispatcher changes nothing in the traffic, and the same seed
// gives the same sequence of shapes and duplicates.
//
// Delivery
// --------
// * A request per delivery: POST to the target with Content-Type: application/json, the header
//   x-dialgen-signature (lowercase hex HMAC-SHA256 of the exact body bytes with the shared secret) when a
//   secret is set, and Authorization: Bearer <token> when a token is set. Redirects are not followed
//   (a 3xx is a failed attempt), so neither the body nor the token travels to another origin.
// * Immediate: an event is posted from inside the signal that reports it (no batching, no timer) as long
//   as fewer than maxInFlight requests are running.
// * 2xx is success. Any other status, a network error or no complete answer within timeoutMs (5 s) fails
//   the attempt; it is retried after retryDelaysMs[0], [1], ... (1 s, 5 s, 25 s: 4 attempts in all), then
//   given up and counted as failed.
// * Retry delays and the timeout are REAL time (monotonic clock), not model time: the world's speed
//   factor does not scale them (a receiver's outage lasts wall seconds whatever the simulated speed).
// * Duplicates: with duplicateProbability an event is queued twice (identical body, identical signature),
//   as a real provider may deliver an event more than once. Both copies are delivered independently.
// * Bounded: at most maxInFlight requests run at once, and at most queueCap deliveries wait (fresh ones and
//   ones waiting for a retry). Beyond that the oldest waiting delivery is dropped and counted, so a dead or
//   slow receiver costs at most queueCap payloads of memory.
// * Targets: https anywhere; plain http only to a loopback host (127.0.0.0/8, ::1, localhost); anything
//   else is refused. With its own QNetworkAccessManager, the dispatcher bypasses any network proxy for a
//   loopback target.
namespace cw::sim {

class SimWorld;

enum class WebhookShape : quint8
{
    Flat,   // every call event in the flat shape
    Nested, // every call event in the nested shape
    Mixed,  // each call event flat or nested (one chance in two), deterministic from the seed
};

// The payload of one delivery.
enum class WebhookPayload : quint8
{
    CallFlat,
    CallNested,
    BatchCompleted,
    BatchFailed,
};

struct WebhookOptions
{
    WebhookShape shape = WebhookShape::Mixed;
    double duplicateProbability = 0.05;             // 0..1
    QList<int> retryDelaysMs{1'000, 5'000, 25'000}; // real ms before retry 1, 2, 3...; empty = no retry
    int timeoutMs = 5'000;                          // real ms for the whole answer of one attempt
    int maxInFlight = 4;                            // concurrent requests (>= 1)
    qsizetype queueCap = 10'000;                    // waiting deliveries (>= 1)
    QByteArray bearerToken;                         // empty = no Authorization header
};

// Counters since the dispatcher was created (setTarget() does not reset them).
struct WebhookStats
{
    quint64 events = 0;     // events queued (call ends, batch ends), duplicates not included
    quint64 duplicated = 0; // extra copies queued on purpose
    quint64 attempted = 0;  // HTTP requests sent (first tries and retries)
    quint64 retried = 0;    // requests that were retries
    quint64 succeeded = 0;  // deliveries answered 2xx
    quint64 failed = 0;     // deliveries given up after their last attempt
    quint64 dropped = 0;    // waiting deliveries dropped because the queue was full
    quint64 discarded = 0;  // waiting or running deliveries abandoned by setTarget()
    qsizetype pending = 0;  // waiting now (fresh or for a retry)
    qsizetype inFlight = 0; // requests running now
};

// A queued delivery, as reported by WebhookDispatcher::deliveryQueued.
struct WebhookDelivery
{
    quint64 id = 0;  // increasing in queueing order
    QString event;   // "call.completed", "batch.completed", "batch.failed"
    QString subject; // the call or batch id
    WebhookPayload payload = WebhookPayload::CallFlat;
    bool duplicate = false; // the extra copy of the previous delivery
    QByteArray body;
};

// The result of one HTTP attempt, as reported by WebhookDispatcher::attemptFinished.
struct WebhookAttempt
{
    enum class Outcome : quint8
    {
        Delivered, // 2xx
        WillRetry, // failed; retried after retryInMs
        GaveUp,    // failed; no retry left
    };
    quint64 deliveryId = 0;
    QString event;
    QString subject;
    int attempt = 1;    // 1 = first try
    int httpStatus = 0; // 0 = no HTTP answer
    QString error;      // empty on success
    Outcome outcome = Outcome::Delivered;
    int retryInMs = -1;   // WillRetry: the delay before the next attempt; otherwise -1
    qint64 elapsedMs = 0; // request sent -> answer (or error)
};

class WebhookDispatcher : public QObject
{
    Q_OBJECT

public:
    // Listens to `world` (which must outlive the dispatcher). `network` is used when given (not owned),
    // otherwise the dispatcher makes its own. Delivers nothing until setTarget() is given a URL.
    explicit WebhookDispatcher(SimWorld &world, QNetworkAccessManager *network = nullptr,
                               QObject *parent = nullptr);
    ~WebhookDispatcher() override;

    // Sets where and how events are delivered; an empty URL switches delivery off. What is waiting or
    // running for the previous target is abandoned (counted as discarded). A refused URL (see the rules
    // above) switches delivery off and returns false with an explanation. Options out of range are
    // clamped (probability to 0..1, negative delays to 0, timeout/maxInFlight/queueCap to at least 1).
    bool setTarget(const QUrl &url, const QByteArray &secret = {}, const WebhookOptions &options = {},
                   QString *error = nullptr);
    QUrl target() const; // empty when off
    bool isEnabled() const;
    WebhookOptions options() const;
    WebhookStats stats() const;

    // Whether `url` may receive webhooks (https anywhere, http on loopback only). `error` explains a no.
    static bool isAcceptableTarget(const QUrl &url, QString *error = nullptr);
    // The x-dialgen-signature value: lowercase hex HMAC-SHA256 of `body` with `secret`.
    static QByteArray signature(const QByteArray &body, const QByteArray &secret);
    // The body of an event as it would be delivered now (empty for an unknown call / batch). Call events
    // accept CallFlat / CallNested, batch events BatchCompleted / BatchFailed.
    static QByteArray payload(const SimWorld &world, const QString &subject, WebhookPayload payload);

Q_SIGNALS:
    void deliveryQueued(const cw::sim::WebhookDelivery &delivery);
    void attemptFinished(const cw::sim::WebhookAttempt &attempt);
    void deliveryDropped(quint64 deliveryId); // the queue was full
    // Nothing waiting and nothing running any more (after some activity).
    void idle();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cw::sim

Q_DECLARE_METATYPE(cw::sim::WebhookDelivery)
Q_DECLARE_METATYPE(cw::sim::WebhookAttempt)
