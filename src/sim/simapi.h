#pragma once

#include "simworld.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

// The Dialgen REST API on top of a SimWorld, without any networking: one request in, one response out.
// DialgenSimulator feeds it from QHttpServer; tests can call it directly. Shapes follow
// /work/shared/dialgen-api.md (the project's API page). Where the page leaves a choice open:
//  * 401 bodies are {error}; the persistent endpoint's 404 is {error}; other 4xx are {error, code, message,
//    details}.
//  * The live endpoints (status/call, status/batch) answer 404 for a call / batch created more than
//    30 days ago (the live cache is gone); the persistent endpoints serve every call and batch.
//  * get-metric requires only callId; a userId other than the key's account gives 403, an agentId or
//    contactId that does not match the call gives 404.
//  * batch/check-status `limit` defaults to 10 recent calls; `all` lists every call of the batch.
//  * Cancelling a batch whose calls are all final gives 400; cancelling it twice gives 200 with 0 jobs.
namespace cw::sim {

struct SimHttpResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; // besides Content-Type (Retry-After, Allow...)
};

// The API's time format: ISO 8601 in UTC with milliseconds and "Z"; null for an invalid time.
QJsonValue apiTime(const QDateTime &time);

// JSON builders shared by the endpoints and the webhook dispatcher (WebhookDispatcher), so that a pushed
// payload spells everything exactly as the API serves it.
QJsonArray transcriptionJson(const QList<SimTranscriptLine> &lines); // [{role, content}]
QJsonObject metricSchemaJson();                                      // get-metric's metricSchema
// get-metric's callData: {id, contactId, agentId, status, startTime, endTime, duration, phoneNumber,
// contactName, transcription, summary, metricJson} (summary and metricJson null unless COMPLETED).
QJsonObject callDataJson(const SimWorld &world, const SimCall &call);
// batch/check-status's statistics {total, processed, succeeded, failed, pending, percentComplete,
// successRate} and timestamps {createdAt, startedAt, completedAt}.
QJsonObject batchStatisticsJson(const SimBatch &batch);
QJsonObject batchTimestampsJson(const SimBatch &batch);

class SimApi
{
public:
    // Live status (call and batch) is served for this long after creation.
    static constexpr qint64 liveRetentionDays = 30;
    static constexpr int defaultRecentCalls = 10;

    SimApi(SimWorld &world, QString apiKey, bool flatPersistent = false);

    QString apiKey() const { return m_apiKey; }
    void setFlatPersistent(bool flat) { m_flatPersistent = flat; }
    bool flatPersistent() const { return m_flatPersistent; }

    // Every path the API serves, e.g. "/api/v1/status/call".
    static QStringList paths();
    // Whether an Authorization header value carries the API key ("Bearer <key>", scheme case-insensitive).
    bool isAuthorized(const QByteArray &authorization) const;
    // One request. `method` is upper case ("GET"), `path` has no query string.
    SimHttpResponse handle(const QByteArray &method, const QString &path, const QUrlQuery &query,
                           const QByteArray &authorization);

    // Error bodies, shared with the fault injection of DialgenSimulator.
    static SimHttpResponse errorResponse(int status, const QString &error, const QString &code,
                                         const QString &message, const QJsonObject &details = {});
    static SimHttpResponse json(const QJsonObject &object, int status = 200);

private:
    SimHttpResponse liveCallStatus(const QUrlQuery &query) const;
    SimHttpResponse persistentCallStatus(const QUrlQuery &query) const;
    SimHttpResponse liveBatchStatus(const QUrlQuery &query) const;
    SimHttpResponse batchCheckStatus(const QUrlQuery &query) const;
    SimHttpResponse batchList() const;
    SimHttpResponse callMetrics(const QUrlQuery &query) const;
    SimHttpResponse cancelBatch(const QUrlQuery &query);

    bool isLive(const QDateTime &createdAt) const;

    SimWorld &m_world;
    QString m_apiKey;
    bool m_flatPersistent = false;
};

} // namespace cw::sim
