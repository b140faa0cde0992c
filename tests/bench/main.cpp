// callwatch-bench: CallWatch's performance figures against issue 8's targets. Prints a table and writes
// JSON; not a timed test (the ctest smoke run only checks that every figure is produced). See BENCHMARKS.md.
#include "benchcommon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <chrono>
#include <cstdio>

#ifndef CALLWATCH_BENCH_BUILD_TYPE
#define CALLWATCH_BENCH_BUILD_TYPE ""
#endif

namespace cw::bench {
namespace {

bool g_recording = false;
int g_depth = 0;
qint64 g_events = 0;
QList<StallProbe::Stall> g_stalls;

} // namespace

void StallProbe::start()
{
    g_stalls.clear();
    g_events = 0;
    g_recording = true;
}

QList<StallProbe::Stall> StallProbe::stop(qint64 *events)
{
    g_recording = false;
    if (events)
        *events = g_events;
    return std::exchange(g_stalls, {});
}

namespace {

// Times the main thread's top-level event deliveries while StallProbe records.
class BenchApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!g_recording || g_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++g_depth;
        const Stopwatch watch;
        const bool result = QApplication::notify(receiver, event);
        const StallProbe::Stall stall{watch.wallMs(), watch.cpuMs()};
        --g_depth;
        ++g_events;
        if (stall.wallMs >= 1.0 || stall.cpuMs >= 1.0)
            g_stalls.append(stall);
        return result;
    }
};

void printOut(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QString buildType()
{
    return QStringLiteral(CALLWATCH_BENCH_BUILD_TYPE);
}

bool isOptimized()
{
    const QString type = buildType();
    return type == QLatin1String("Release") || type == QLatin1String("RelWithDebInfo") ||
           type == QLatin1String("MinSizeRel");
}

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return QSysInfo::currentCpuArchitecture();
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("model name")) {
            const qsizetype colon = line.indexOf(':');
            return QString::fromLatin1(line.mid(colon + 1).trimmed());
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> fields = file.readAll().split(' ');
    return fields.size() >= 3 ? QString::fromLatin1(fields.at(0) + ' ' + fields.at(1) + ' ' + fields.at(2))
                              : QString();
}

QJsonObject machineInfo(const Options &options)
{
    return QJsonObject{
        {QStringLiteral("cores"), QThread::idealThreadCount()},
        {QStringLiteral("cpu"), cpuModel()},
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
        {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
        {QStringLiteral("qtRuntime"), QString::fromLatin1(qVersion())},
        {QStringLiteral("qtBuild"), QStringLiteral(QT_VERSION_STR)},
        {QStringLiteral("buildType"), buildType().isEmpty() ? QStringLiteral("(none)") : buildType()},
        {QStringLiteral("optimized"), isOptimized()},
        {QStringLiteral("loadAverageAtStart"), loadAverage()},
        {QStringLiteral("quick"), options.quick},
        {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
}

QString formatValue(double value)
{
    if (value == 0)
        return QStringLiteral("0");
    const double magnitude = std::abs(value);
    if (magnitude >= 1000)
        return count(qRound64(value));
    if (magnitude >= 100)
        return QString::number(value, 'f', 0);
    if (magnitude >= 10)
        return QString::number(value, 'f', 1);
    if (magnitude >= 0.01)
        return QString::number(value, 'f', 2);
    return QString::number(value, 'g', 3);
}

void printTable(const Results &results)
{
    const QStringList headers{QStringLiteral("measurement"), QStringLiteral("size"),
                              QStringLiteral("value"),       QStringLiteral("unit"),
                              QStringLiteral("target"),      QStringLiteral("verdict"),
                              QStringLiteral("baseline"),    QStringLiteral("ratio")};
    QList<QStringList> rows;
    for (const Result &r : results) {
        rows.append({r.title.isEmpty() ? r.name : r.title, r.size, formatValue(r.value), r.unit,
                     r.target.isEmpty() ? QStringLiteral("-") : r.target,
                     !r.error.isEmpty() ? QStringLiteral("FAILED")
                     : r.met            ? (*r.met ? QStringLiteral("met") : QStringLiteral("MISSED"))
                                        : QStringLiteral("-"),
                     r.baseline ? formatValue(*r.baseline) : QStringLiteral("-"),
                     r.ratio ? formatValue(*r.ratio) + QLatin1Char('x') : QStringLiteral("-")});
    }
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths.append(header.size());
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    const auto line = [&widths](const QStringList &cells) -> QString {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool numeric = i == 2 || i == 6 || i == 7;
            text += (numeric ? cells.at(i).rightJustified(widths.at(i))
                             : cells.at(i).leftJustified(widths.at(i)));
            if (i + 1 < cells.size())
                text += QStringLiteral(" | ");
        }
        return text.trimmed();
    };
    printOut(line(headers));
    QStringList rule;
    for (const qsizetype width : std::as_const(widths))
        rule.append(QString(width, QLatin1Char('-')));
    printOut(rule.join(QStringLiteral("-+-")));
    for (const QStringList &row : std::as_const(rows))
        printOut(line(row));
    printOut(QString());
    for (const Result &r : results) {
        if (!r.note.isEmpty())
            printOut(QStringLiteral("  %1: %2").arg(r.name, r.note));
    }
}

// --check-json: the file parses, and every measurement name is there with the fields the format promises.
int checkJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        log(QStringLiteral("check-json: cannot read %1: %2").arg(path, file.errorString()));
        return 1;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject()) {
        log(QStringLiteral("check-json: %1 is not a JSON object: %2").arg(path, error.errorString()));
        return 1;
    }
    const QJsonObject root = document.object();
    int problems = 0;
    const QJsonObject machine = root.value(QStringLiteral("machine")).toObject();
    for (const QString &key :
         {QStringLiteral("cores"), QStringLiteral("qtRuntime"), QStringLiteral("buildType")}) {
        if (!machine.contains(key)) {
            log(QStringLiteral("check-json: machine.%1 missing").arg(key));
            ++problems;
        }
    }
    QHash<QString, QJsonObject> byName;
    const QJsonArray measurements = root.value(QStringLiteral("measurements")).toArray();
    for (const QJsonValue &value : measurements) {
        const QJsonObject object = value.toObject();
        byName.insert(object.value(QStringLiteral("name")).toString(), object);
    }
    const QStringList fields{QStringLiteral("name"),     QStringLiteral("size"),   QStringLiteral("value"),
                             QStringLiteral("unit"),     QStringLiteral("target"), QStringLiteral("met"),
                             QStringLiteral("baseline"), QStringLiteral("ratio")};
    for (const QString &name : measurementNames()) {
        const auto found = byName.constFind(name);
        if (found == byName.cend()) {
            log(QStringLiteral("check-json: measurement %1 missing").arg(name));
            ++problems;
            continue;
        }
        for (const QString &field : fields) {
            if (!found->contains(field)) {
                log(QStringLiteral("check-json: %1.%2 missing").arg(name, field));
                ++problems;
            }
        }
        if (!found->value(QStringLiteral("value")).isDouble()) {
            log(QStringLiteral("check-json: %1.value is not a number").arg(name));
            ++problems;
        }
        if (found->contains(QStringLiteral("error"))) {
            log(QStringLiteral("check-json: %1 failed: %2")
                    .arg(name, found->value(QStringLiteral("error")).toString()));
            ++problems;
        }
        if (found->value(QStringLiteral("size")).toString().isEmpty()) {
            log(QStringLiteral("check-json: %1.size is empty").arg(name));
            ++problems;
        }
    }
    if (problems == 0)
        log(QStringLiteral("check-json: %1 holds all %2 measurements")
                .arg(path)
                .arg(measurementNames().size()));
    return problems == 0 ? 0 : 1;
}

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace
} // namespace cw::bench

int main(int argc, char *argv[])
{
    using namespace cw::bench;
    const qint64 mainStartedNs = steadyNs();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    qunsetenv("DIALGEN_API_KEY");

    // Child processes (start-up and memory are measured in a fresh process).
    if (argc >= 3 && qstrcmp(argv[1], "--child-startup") == 0)
        return childStartup(QString::fromLocal8Bit(argv[2]), argc, argv, mainStartedNs);
    if (argc >= 3 && qstrcmp(argv[1], "--child-memory") == 0)
        return childMemory(QByteArray(argv[2]).toInt(), argc, argv);

    BenchApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("callwatch-bench"));
    QCoreApplication::setOrganizationName(QStringLiteral("CallWatch"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "CallWatch benchmarks: parsing, model updates, polling against the simulator (with a naive "
        "baseline), "
        "webhooks, history, start-up, charts and memory, each against issue 8's targets. Prints a table "
        "and, with --json, writes the figures as JSON. See BENCHMARKS.md."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Every measurement at reduced size (under a minute)."));
    const QCommandLineOption json(
        QStringLiteral("json"), QStringLiteral("Write the results to FILE as JSON."), QStringLiteral("FILE"));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Run only these groups (comma-separated): %1.")
                                      .arg(groupNames().join(QStringLiteral(", "))),
                                  QStringLiteral("NAME[,NAME]"));
    const QCommandLineOption check(
        QStringLiteral("check-json"),
        QStringLiteral("Check that FILE (written by --json) parses and holds every "
                       "measurement; run nothing."),
        QStringLiteral("FILE"));
    const QCommandLineOption keep(
        QStringLiteral("keep-work"),
        QStringLiteral("Keep the temporary folder (databases, settings) and say where."));
    parser.addOptions({quick, json, only, check, keep});
    parser.process(app);

    if (parser.isSet(check))
        return checkJson(parser.value(check));

    Options options;
    options.quick = parser.isSet(quick);
    options.self = QCoreApplication::applicationFilePath();
    for (const QString &value : parser.values(only)) {
        for (const QString &name : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!groupNames().contains(name.trimmed())) {
                log(QStringLiteral("callwatch-bench: unknown group \"%1\" (groups: %2)")
                        .arg(name, groupNames().join(QStringLiteral(", "))));
                return 2;
            }
            options.only.append(name.trimmed());
        }
    }
    QTemporaryDir work;
    if (!work.isValid()) {
        log(QStringLiteral("callwatch-bench: no temporary folder: %1").arg(work.errorString()));
        return 1;
    }
    options.workDir = work.path();
    if (parser.isSet(keep)) {
        work.setAutoRemove(false);
        log(QStringLiteral("keeping %1").arg(work.path()));
    }

    if (parser.isSet(json))
        QFile::remove(parser.value(json)); // a failed run must not leave an old file to be checked

    const QJsonObject machine = machineInfo(options);
    if (!isOptimized()) {
        log(QStringLiteral(
                "WARNING: this is a %1 build, not an optimized one: the figures say little about "
                "the real speed. Build with -DCMAKE_BUILD_TYPE=RelWithDebInfo (see BENCHMARKS.md).")
                .arg(buildType().isEmpty() ? QStringLiteral("default (unoptimized)") : buildType()));
    }
    log(QStringLiteral("callwatch-bench: %1 cores, %2, Qt %3, %4 build, load average %5%6")
            .arg(machine.value(QStringLiteral("cores")).toInt())
            .arg(machine.value(QStringLiteral("cpu")).toString(), QString::fromLatin1(qVersion()),
                 machine.value(QStringLiteral("buildType")).toString(),
                 machine.value(QStringLiteral("loadAverageAtStart")).toString(),
                 options.quick ? QStringLiteral(", quick mode") : QString()));

    Results results;
    QElapsedTimer total;
    total.start();
    const QList<std::pair<QString, Results (*)(const Options &)>> groups{
        {QStringLiteral("parsing"), &benchParsing}, {QStringLiteral("model"), &benchModel},
        {QStringLiteral("polling"), &benchPolling}, {QStringLiteral("webhooks"), &benchWebhooks},
        {QStringLiteral("history"), &benchHistory}, {QStringLiteral("memory"), &benchMemory},
    };
    for (const auto &[name, run] : groups) {
        if (!options.wants(name))
            continue;
        QElapsedTimer timer;
        timer.start();
        log(QStringLiteral("== %1").arg(name));
        results += run(options);
        log(QStringLiteral("   %1 done in %2 s").arg(name).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    }
    printTable(results);
    if (!isOptimized())
        printOut(QStringLiteral("WARNING: %1 build: not representative (see BENCHMARKS.md).")
                     .arg(machine.value(QStringLiteral("buildType")).toString()));

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Result &r : std::as_const(results))
            array.append(r.toJson());
        QJsonObject root{{QStringLiteral("machine"), machine},
                         {QStringLiteral("measurements"), array},
                         {QStringLiteral("elapsedSeconds"), double(total.elapsed()) / 1000.0}};
        QFile file(parser.value(json));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0) {
            log(QStringLiteral("callwatch-bench: cannot write %1: %2")
                    .arg(file.fileName(), file.errorString()));
            return 1;
        }
        log(QStringLiteral("wrote %1").arg(file.fileName()));
    }
    log(QStringLiteral("total %1 s").arg(double(total.elapsed()) / 1000.0, 0, 'f', 1));
    return 0;
}
