#include "simapi.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace cw::sim {

namespace {

const QString kLiveCall = QStringLiteral("/api/v1/status/call");
const QString kPersistentCall = QStringLiteral("/api/v1/call/check-status");
const QString kLiveBatch = QStringLiteral("/api/v1/status/batch");
const QString kBatchCheck = QStringLiteral("/api/v1/batch/check-status");
const QString kBatchList = QStringLiteral("/api/v1/batch/list");
const QString kMetrics = QStringLiteral("/api/v1/call/get-metric");
const QString kBatchCancel = QStringLiteral("/api/v1/batch/cancel");

QJsonValue nullableString(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue nullableInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

double round2(double value)
{
    return std::round(value * 100.0) / 100.0;
}

QString queryValue(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

SimHttpResponse missingParameter(const QString &name)
{
    return SimApi::errorResponse(400, QStringLiteral("Bad Request"), QStringLiteral("MISSING_PARAMETER"),
                                 name + QStringLiteral(" is required"),
                                 QJsonObject{{QStringLiteral("parameter"), name}});
}

SimHttpResponse callNotFound(const QString &callId)
{
    return SimApi::errorResponse(404, QStringLiteral("Not Found"), QStringLiteral("CALL_NOT_FOUND"),
                                 QStringLiteral("No call found with id ") + callId,
                                 QJsonObject{{QStringLiteral("callId"), callId}});
}

SimHttpResponse batchNotFound(const QString &batchId)
{
    return SimApi::errorResponse(404, QStringLiteral("Not Found"), QStringLiteral("BATCH_NOT_FOUND"),
                                 QStringLiteral("No batch found with id ") + batchId,
                                 QJsonObject{{QStringLiteral("batchId"), batchId}});
}

} // namespace

QJsonValue apiTime(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue(QJsonValue::Null);
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonArray transcriptionJson(const QList<SimTranscriptLine> &lines)
{
    QJsonArray out;
    for (const SimTranscriptLine &line : lines)
        out.append(
            QJsonObject{{QStringLiteral("role"), line.role}, {QStringLiteral("content"), line.content}});
    return out;
}

QJsonObject metricSchemaJson()
{
    const auto field = [](const QString &type, const QString &description) {
        return QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("description"), description}};
    };
    QJsonObject sentiment =
        field(QStringLiteral("string"), QStringLiteral("Overall sentiment of the contact"));
    sentiment.insert(QStringLiteral("enum"), QJsonArray{QStringLiteral("positive"), QStringLiteral("neutral"),
                                                        QStringLiteral("negative")});
    QJsonObject confidence = field(QStringLiteral("number"), QStringLiteral("Confidence of the analysis"));
    confidence.insert(QStringLiteral("minimum"), 0);
    confidence.insert(QStringLiteral("maximum"), 1);
    QJsonObject keyPoints = field(QStringLiteral("array"), QStringLiteral("Main points of the conversation"));
    keyPoints.insert(QStringLiteral("items"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}});
    QJsonObject actionItems = field(QStringLiteral("array"), QStringLiteral("Follow-up actions"));
    actionItems.insert(QStringLiteral("items"),
                       QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}});
    return QJsonObject{
        {QStringLiteral("intent"), field(QStringLiteral("string"), QStringLiteral("What the contact wants"))},
        {QStringLiteral("sentiment"), sentiment},
        {QStringLiteral("confidence"), confidence},
        {QStringLiteral("keyPoints"), keyPoints},
        {QStringLiteral("actionItems"), actionItems},
        {QStringLiteral("callStatus"),
         field(QStringLiteral("string"), QStringLiteral("Outcome of the call for the business"))},
    };
}

QJsonObject callDataJson(const SimWorld &world, const SimCall &call)
{
    QJsonValue metricJson(QJsonValue::Null);
    if (const std::optional<SimMetrics> metrics = world.metrics(call.id)) {
        metricJson = QJsonObject{
            {QStringLiteral("intent"), metrics->intent},
            {QStringLiteral("sentiment"), metrics->sentiment},
            {QStringLiteral("confidence"), metrics->confidence},
            {QStringLiteral("keyPoints"), QJsonArray::fromStringList(metrics->keyPoints)},
            {QStringLiteral("actionItems"), QJsonArray::fromStringList(metrics->actionItems)},
            {QStringLiteral("callStatus"), metrics->callStatus},
        };
    }
    return QJsonObject{
        {QStringLiteral("id"), call.id},
        {QStringLiteral("contactId"), call.contactId},
        {QStringLiteral("agentId"), call.agentId},
        {QStringLiteral("status"), callStatusName(call.status)},
        {QStringLiteral("startTime"), apiTime(call.startTime)},
        {QStringLiteral("endTime"), apiTime(call.endedAt)},
        {QStringLiteral("duration"), nullableInt(call.durationSeconds)},
        {QStringLiteral("phoneNumber"), call.phoneNumber},
        {QStringLiteral("contactName"), call.contactName},
        {QStringLiteral("transcription"), transcriptionJson(world.transcript(call.id))},
        {QStringLiteral("summary"), nullableString(world.summary(call.id))},
        {QStringLiteral("metricJson"), metricJson},
    };
}

QJsonObject batchStatisticsJson(const SimBatch &batch)
{
    const double percent = batch.total > 0 ? round2(100.0 * batch.processed / batch.total) : 0.0;
    const double successRate = batch.processed > 0 ? round2(100.0 * batch.succeeded / batch.processed) : 0.0;
    QJsonObject statistics;
    statistics.insert(QStringLiteral("total"), batch.total);
    statistics.insert(QStringLiteral("processed"), batch.processed);
    statistics.insert(QStringLiteral("succeeded"), batch.succeeded);
    statistics.insert(QStringLiteral("failed"), batch.failed);
    statistics.insert(QStringLiteral("pending"), batch.pending);
    statistics.insert(QStringLiteral("percentComplete"), percent);
    statistics.insert(QStringLiteral("successRate"), successRate);
    return statistics;
}

QJsonObject batchTimestampsJson(const SimBatch &batch)
{
    return QJsonObject{{QStringLiteral("createdAt"), apiTime(batch.createdAt)},
                       {QStringLiteral("startedAt"), apiTime(batch.startedAt)},
                       {QStringLiteral("completedAt"), apiTime(batch.completedAt)}};
}

SimApi::SimApi(SimWorld &world, QString apiKey, bool flatPersistent)
    : m_world(world)
    , m_apiKey(std::move(apiKey))
    , m_flatPersistent(flatPersistent)
{}

QStringList SimApi::paths()
{
    return {kLiveCall, kPersistentCall, kLiveBatch, kBatchCheck, kBatchList, kMetrics, kBatchCancel};
}

bool SimApi::isAuthorized(const QByteArray &authorization) const
{
    const QByteArray value = authorization.trimmed();
    const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (value.size() <= scheme.size() || value.left(scheme.size()).toLower() != scheme)
        return false;
    const QByteArray presented = value.mid(scheme.size()).trimmed();
    const QByteArray expected = m_apiKey.toUtf8();
    if (expected.isEmpty() || presented.size() != expected.size())
        return false;
    // Constant-time comparison: a habit worth keeping even in a simulator.
    unsigned char diff = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= static_cast<unsigned char>(presented.at(i) ^ expected.at(i));
    return diff == 0;
}

SimHttpResponse SimApi::json(const QJsonObject &object, int status)
{
    SimHttpResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

SimHttpResponse SimApi::errorResponse(int status, const QString &error, const QString &code,
                                      const QString &message, const QJsonObject &details)
{
    return json(QJsonObject{{QStringLiteral("error"), error},
                            {QStringLiteral("code"), code},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("details"),
                             details.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(details)}},
                status);
}

SimHttpResponse SimApi::handle(const QByteArray &method, const QString &path, const QUrlQuery &query,
                               const QByteArray &authorization)
{
    if (!paths().contains(path)) {
        return errorResponse(404, QStringLiteral("Not Found"), QStringLiteral("NOT_FOUND"),
                             QStringLiteral("No such endpoint: ") + path);
    }
    if (!isAuthorized(authorization)) {
        SimHttpResponse response =
            json(QJsonObject{{QStringLiteral("error"), QStringLiteral("Invalid or missing API key")}}, 401);
        response.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
        return response;
    }
    const QByteArray expectedMethod =
        path == kBatchCancel ? QByteArrayLiteral("POST") : QByteArrayLiteral("GET");
    if (method != expectedMethod) {
        SimHttpResponse response =
            errorResponse(405, QStringLiteral("Method Not Allowed"), QStringLiteral("METHOD_NOT_ALLOWED"),
                          QString::fromLatin1(expectedMethod) + QStringLiteral(" is required for ") + path);
        response.headers.append({QByteArrayLiteral("Allow"), expectedMethod});
        return response;
    }
    if (path == kLiveCall)
        return liveCallStatus(query);
    if (path == kPersistentCall)
        return persistentCallStatus(query);
    if (path == kLiveBatch)
        return liveBatchStatus(query);
    if (path == kBatchCheck)
        return batchCheckStatus(query);
    if (path == kBatchList)
        return batchList();
    if (path == kMetrics)
        return callMetrics(query);
    return cancelBatch(query);
}

bool SimApi::isLive(const QDateTime &createdAt) const
{
    return createdAt.isValid() && createdAt.msecsTo(m_world.now()) <= liveRetentionDays * 24 * 3600 * 1000;
}

SimHttpResponse SimApi::liveCallStatus(const QUrlQuery &query) const
{
    const QString callId = queryValue(query, QStringLiteral("callId"));
    if (callId.isEmpty())
        return missingParameter(QStringLiteral("callId"));
    const std::optional<SimCall> call = m_world.call(callId);
    if (!call || !isLive(call->createdAt))
        return callNotFound(callId);
    return json(QJsonObject{
        {QStringLiteral("callId"), call->id},
        {QStringLiteral("status"), callStatusName(call->status)},
        {QStringLiteral("startTime"), apiTime(call->startTime)},
        {QStringLiteral("phoneNumber"), call->phoneNumber},
        {QStringLiteral("contactId"), call->contactId},
        {QStringLiteral("batchId"), nullableString(call->batchId)},
        {QStringLiteral("error"), nullableString(call->error)},
        {QStringLiteral("duration"), nullableInt(call->durationSeconds)},
        {QStringLiteral("recordingUrl"), nullableString(call->recordingUrl)},
    });
}

SimHttpResponse SimApi::persistentCallStatus(const QUrlQuery &query) const
{
    const QString callId = queryValue(query, QStringLiteral("callId"));
    if (callId.isEmpty())
        return missingParameter(QStringLiteral("callId"));
    const std::optional<SimCall> call = m_world.call(callId);
    if (!call)
        return json(QJsonObject{{QStringLiteral("error"), QStringLiteral("Call not found")}}, 404);
    const QJsonObject data{
        {QStringLiteral("id"), call->id},
        {QStringLiteral("status"), callStatusName(call->status)},
        {QStringLiteral("direction"),
         call->direction == SimDirection::Inbound ? QStringLiteral("INBOUND") : QStringLiteral("OUTBOUND")},
        {QStringLiteral("duration"), nullableInt(call->durationSeconds)},
        {QStringLiteral("createdAt"), apiTime(call->createdAt)},
        {QStringLiteral("endedAt"), apiTime(call->endedAt)},
        {QStringLiteral("contact"), QJsonObject{{QStringLiteral("name"), call->contactName},
                                                {QStringLiteral("phoneNumber"), call->phoneNumber}}},
        {QStringLiteral("agent"), call->agentName},
        {QStringLiteral("recordingUrl"), nullableString(call->recordingUrl)},
        {QStringLiteral("transcription"), transcriptionJson(m_world.transcript(call->id))},
    };
    if (m_flatPersistent)
        return json(data);
    return json(QJsonObject{{QStringLiteral("success"), true}, {QStringLiteral("data"), data}});
}

SimHttpResponse SimApi::liveBatchStatus(const QUrlQuery &query) const
{
    const QString batchId = queryValue(query, QStringLiteral("batchId"));
    if (batchId.isEmpty())
        return missingParameter(QStringLiteral("batchId"));
    const std::optional<SimBatch> batch = m_world.batch(batchId);
    if (!batch || !isLive(batch->createdAt))
        return batchNotFound(batchId);
    QJsonArray calls;
    for (const QString &callId : batch->callIds) {
        const std::optional<SimCall> call = m_world.call(callId);
        if (!call)
            continue;
        calls.append(QJsonObject{
            {QStringLiteral("callId"), call->id},
            {QStringLiteral("status"), callStatusName(call->status)},
            {QStringLiteral("startTime"), apiTime(call->startTime)},
            {QStringLiteral("phoneNumber"), call->phoneNumber},
            {QStringLiteral("error"), nullableString(call->error)},
            {QStringLiteral("duration"), nullableInt(call->durationSeconds)},
            {QStringLiteral("recordingUrl"), nullableString(call->recordingUrl)},
        });
    }
    return json(QJsonObject{{QStringLiteral("batchId"), batch->id}, {QStringLiteral("calls"), calls}});
}

SimHttpResponse SimApi::batchCheckStatus(const QUrlQuery &query) const
{
    const QString batchId = queryValue(query, QStringLiteral("batchId"));
    if (batchId.isEmpty())
        return missingParameter(QStringLiteral("batchId"));

    // limit: a non-negative number or "all"; absent -> defaultRecentCalls.
    qsizetype limit = defaultRecentCalls;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        const QString text = queryValue(query, QStringLiteral("limit")).trimmed();
        bool ok = false;
        const qlonglong number = text.toLongLong(&ok);
        if (text.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
            limit = -1;
        else if (ok && number >= 0)
            limit = static_cast<qsizetype>(std::min<qlonglong>(number, 1'000'000'000));
        else
            return errorResponse(400, QStringLiteral("Bad Request"), QStringLiteral("INVALID_PARAMETER"),
                                 QStringLiteral("limit must be a non-negative number or \"all\""),
                                 QJsonObject{{QStringLiteral("parameter"), QStringLiteral("limit")},
                                             {QStringLiteral("value"), text}});
    }

    const std::optional<SimBatch> batch = m_world.batch(batchId);
    if (!batch)
        return batchNotFound(batchId);

    const QDateTime now = m_world.now();
    const QDateTime until = batch->completedAt.isValid() ? batch->completedAt : now;
    const qint64 elapsed =
        batch->startedAt.isValid() ? std::max<qint64>(0, batch->startedAt.secsTo(until)) : 0;
    const double callsPerSecond = elapsed > 0 ? static_cast<double>(batch->processed) / elapsed : 0.0;
    QJsonValue remaining(QJsonValue::Null);
    if (batch->pending == 0 || batch->cancelled)
        remaining = 0;
    else if (callsPerSecond > 0)
        remaining = static_cast<qint64>(std::ceil(batch->pending / callsPerSecond));

    // The calls that changed most recently first.
    QList<SimCall> calls;
    calls.reserve(batch->callIds.size());
    for (const QString &callId : batch->callIds) {
        if (std::optional<SimCall> call = m_world.call(callId))
            calls.append(std::move(*call));
    }
    std::stable_sort(calls.begin(), calls.end(),
                     [](const SimCall &a, const SimCall &b) { return a.updatedAt > b.updatedAt; });
    if (limit >= 0 && calls.size() > limit)
        calls.resize(limit);
    QJsonArray recent;
    for (const SimCall &call : std::as_const(calls)) {
        recent.append(QJsonObject{
            {QStringLiteral("id"), call.id},
            {QStringLiteral("callSid"), call.callSid},
            {QStringLiteral("status"), callStatusName(call.status)},
            {QStringLiteral("duration"), nullableInt(call.durationSeconds)},
            {QStringLiteral("createdAt"), apiTime(call.createdAt)},
            {QStringLiteral("phoneNumber"), call.phoneNumber},
            {QStringLiteral("contactName"), call.contactName},
        });
    }

    QJsonObject webhooks;
    if (!batch->webhookUrl.isEmpty())
        webhooks.insert(QStringLiteral("onCallComplete"), batch->webhookUrl);

    return json(QJsonObject{
        {QStringLiteral("status"), batch->status},
        {QStringLiteral("priority"), batch->priority},
        {QStringLiteral("statistics"), batchStatisticsJson(*batch)},
        {QStringLiteral("performance"),
         QJsonObject{{QStringLiteral("callsPerSecond"), std::round(callsPerSecond * 1000.0) / 1000.0},
                     {QStringLiteral("estimatedTimeRemaining"), remaining},
                     {QStringLiteral("elapsedTime"), elapsed}}},
        {QStringLiteral("timestamps"), batchTimestampsJson(*batch)},
        {QStringLiteral("recentCalls"), recent},
        {QStringLiteral("webhooks"), webhooks},
        {QStringLiteral("agentId"), batch->agentId},
        {QStringLiteral("userId"), batch->userId},
    });
}

SimHttpResponse SimApi::batchList() const
{
    QList<SimBatch> batches;
    const QStringList ids = m_world.batchIds();
    batches.reserve(ids.size());
    for (const QString &id : ids) {
        if (std::optional<SimBatch> batch = m_world.batch(id))
            batches.append(std::move(*batch));
    }
    // Newest first; creation order breaks ties (ids are opaque and never compared).
    std::reverse(batches.begin(), batches.end());
    std::stable_sort(batches.begin(), batches.end(),
                     [](const SimBatch &a, const SimBatch &b) { return a.createdAt > b.createdAt; });
    QJsonArray list;
    for (const SimBatch &batch : std::as_const(batches)) {
        list.append(QJsonObject{
            {QStringLiteral("batchId"), batch.id},
            {QStringLiteral("status"), batch.status},
            {QStringLiteral("total"), batch.total},
            {QStringLiteral("processed"), batch.processed},
            {QStringLiteral("succeeded"), batch.succeeded},
            {QStringLiteral("failed"), batch.failed},
            {QStringLiteral("percentComplete"),
             batch.total > 0 ? round2(100.0 * batch.processed / batch.total) : 0.0},
            {QStringLiteral("createdAt"), apiTime(batch.createdAt)},
            {QStringLiteral("agentId"), batch.agentId},
            {QStringLiteral("priority"), batch.priority},
        });
    }
    SimHttpResponse response;
    response.body = QJsonDocument(list).toJson(QJsonDocument::Compact);
    return response;
}

SimHttpResponse SimApi::callMetrics(const QUrlQuery &query) const
{
    const QString callId = queryValue(query, QStringLiteral("callId"));
    if (callId.isEmpty())
        return missingParameter(QStringLiteral("callId"));
    const QString userId = queryValue(query, QStringLiteral("userId"));
    if (!userId.isEmpty() && userId != m_world.userId()) {
        return errorResponse(403, QStringLiteral("Forbidden"), QStringLiteral("FORBIDDEN"),
                             QStringLiteral("This API key does not own user ") + userId,
                             QJsonObject{{QStringLiteral("userId"), userId}});
    }
    const std::optional<SimCall> call = m_world.call(callId);
    if (!call)
        return callNotFound(callId);
    const QString agentId = queryValue(query, QStringLiteral("agentId"));
    const QString contactId = queryValue(query, QStringLiteral("contactId"));
    if ((!agentId.isEmpty() && agentId != call->agentId) ||
        (!contactId.isEmpty() && contactId != call->contactId))
        return callNotFound(callId);

    const QJsonObject callData = callDataJson(m_world, *call);
    return json(QJsonObject{{QStringLiteral("success"), true},
                            {QStringLiteral("callData"), callData},
                            {QStringLiteral("metricSchema"), metricSchemaJson()}});
}

SimHttpResponse SimApi::cancelBatch(const QUrlQuery &query)
{
    const QString batchId = queryValue(query, QStringLiteral("batchId"));
    if (batchId.isEmpty())
        return missingParameter(QStringLiteral("batchId"));
    const std::optional<SimBatch> batch = m_world.batch(batchId);
    if (!batch)
        return batchNotFound(batchId);
    if (!batch->cancelled && batch->pending == 0) {
        return errorResponse(
            400, QStringLiteral("Bad Request"), QStringLiteral("BATCH_NOT_CANCELLABLE"),
            QStringLiteral("The batch is already completed"),
            QJsonObject{{QStringLiteral("batchId"), batchId}, {QStringLiteral("status"), batch->status}});
    }
    const bool wasCancelled = batch->cancelled;
    const int jobs = std::max(0, m_world.cancelBatch(batchId));
    const QString message = wasCancelled
                                ? QStringLiteral("The batch was already cancelled")
                                : QStringLiteral("Batch cancelled; %1 pending job(s) removed").arg(jobs);
    return json(QJsonObject{{QStringLiteral("success"), true},
                            {QStringLiteral("batchId"), batchId},
                            {QStringLiteral("status"), QStringLiteral("cancelled")},
                            {QStringLiteral("cancelledJobs"), jobs},
                            {QStringLiteral("message"), message}});
}

} // namespace cw::sim
