#include "benchcommon.h"

#include "sim/dialgensimulator.h"
#include "sim/simworld.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

#if defined(Q_OS_LINUX)
#include <malloc.h>
#include <unistd.h>
#endif

namespace cw::bench {

QJsonObject Result::toJson() const
{
    QJsonObject object{
        {QStringLiteral("name"), name}, {QStringLiteral("title"), title},
        {QStringLiteral("size"), size}, {QStringLiteral("value"), value},
        {QStringLiteral("unit"), unit}, {QStringLiteral("target"), target.isEmpty() ? QJsonValue() : target},
        {QStringLiteral("note"), note},
    };
    if (!error.isEmpty())
        object.insert(QStringLiteral("error"), error);
    object.insert(QStringLiteral("met"), met ? QJsonValue(*met) : QJsonValue());
    object.insert(QStringLiteral("baseline"), baseline ? QJsonValue(*baseline) : QJsonValue());
    object.insert(QStringLiteral("ratio"), ratio ? QJsonValue(*ratio) : QJsonValue());
    return object;
}

Result failure(const QString &name, const QString &title, const QString &size, const QString &error)
{
    Result result;
    result.name = name;
    result.title = title;
    result.size = size;
    result.error = error;
    result.note = QStringLiteral("FAILED: ") + error;
    log(QStringLiteral("   %1 FAILED: %2").arg(name, error));
    return result;
}

QStringList groupNames()
{
    return {QStringLiteral("parsing"),  QStringLiteral("model"),   QStringLiteral("polling"),
            QStringLiteral("webhooks"), QStringLiteral("history"), QStringLiteral("memory")};
}

QStringList measurementNames()
{
    return {
        QStringLiteral("parse_live"),
        QStringLiteral("parse_persistent"),
        QStringLiteral("parse_batch"),
        QStringLiteral("model_apply"),
        QStringLiteral("model_apply_proxy"),
        QStringLiteral("model_apply_datachanged"),
        QStringLiteral("model_apply_resets"),
        QStringLiteral("proxy_sort"),
        QStringLiteral("proxy_filter"),
        QStringLiteral("poll_requests_per_s"),
        QStringLiteral("poll_cpu_per_request"),
        QStringLiteral("poll_latency_p50"),
        QStringLiteral("poll_latency_p99"),
        QStringLiteral("poll_requests_per_transition"),
        QStringLiteral("poll_webhooks_requests_per_transition"),
        QStringLiteral("poll_stall_p99"),
        QStringLiteral("webhook_events_per_s"),
        QStringLiteral("webhook_ack_p99"),
        QStringLiteral("history_write"),
        QStringLiteral("startup"),
        QStringLiteral("chart_refresh_live"),
        QStringLiteral("chart_reload"),
        QStringLiteral("memory_per_call"),
    };
}

void log(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

qint64 threadCpuNs()
{
#if defined(CLOCK_THREAD_CPUTIME_ID)
    timespec ts{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
#endif
    return processCpuNs();
}

void Stopwatch::restart()
{
    m_wall.start();
    m_cpuNs = threadCpuNs();
}

double Stopwatch::wallMs() const
{
    return double(m_wall.nsecsElapsed()) / 1e6;
}

double Stopwatch::cpuMs() const
{
    return double(threadCpuNs() - m_cpuNs) / 1e6;
}

qint64 processCpuNs()
{
#if defined(CLOCK_PROCESS_CPUTIME_ID)
    timespec ts{};
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) == 0)
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
#endif
    return qint64(double(std::clock()) * 1e9 / CLOCKS_PER_SEC);
}

qint64 residentBytes()
{
#if defined(Q_OS_LINUX)
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2)
        return -1;
    return fields.at(1).toLongLong() * qint64(sysconf(_SC_PAGESIZE));
#else
    return -1;
#endif
}

void releaseFreeMemory()
{
#if defined(Q_OS_LINUX) && defined(__GLIBC__)
    malloc_trim(0);
#endif
}

void waitForEvents(int maxMs)
{
    QTimer wake;
    wake.setSingleShot(true);
    wake.start(maxMs);
    QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
}

double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(samples.size())));
    return samples.at(std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1));
}

QString count(qint64 n)
{
    QLocale locale(QLocale::English);
    return locale.toString(n);
}

QJsonObject runChild(const Options &options, const QStringList &arguments, int timeoutMs, QString *error)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(options.self, arguments);
    if (!child.waitForStarted(10'000)) {
        *error = child.errorString();
        return {};
    }
    if (!child.waitForFinished(timeoutMs)) {
        child.kill();
        child.waitForFinished(5'000);
        *error = QStringLiteral("child %1 timed out").arg(arguments.join(QLatin1Char(' ')));
        return {};
    }
    const QByteArray errors = child.readAllStandardError();
    if (!errors.isEmpty())
        log(QString::fromLocal8Bit(errors).trimmed());
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        *error = QStringLiteral("child %1 failed (exit code %2)")
                     .arg(arguments.join(QLatin1Char(' ')))
                     .arg(child.exitCode());
        return {};
    }
    const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QJsonDocument document = QJsonDocument::fromJson(*it);
        if (document.isObject())
            return document.object();
    }
    *error = QStringLiteral("child %1 printed no result").arg(arguments.join(QLatin1Char(' ')));
    return {};
}

SimHost::SimHost(const sim::SimConfig &config)
{
    m_thread.setObjectName(QStringLiteral("simulator"));
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_context, [this, config] { m_sim = new sim::DialgenSimulator(config); },
        Qt::BlockingQueuedConnection);
}

SimHost::~SimHost()
{
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_sim;
            m_sim = nullptr;
            m_context->deleteLater(); // deleted when the thread finishes
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SimHost::run(const std::function<void(sim::DialgenSimulator &)> &work)
{
    QMetaObject::invokeMethod(
        m_context, [this, &work] { work(*m_sim); }, Qt::BlockingQueuedConnection);
}

} // namespace cw::bench
