#pragma once

// Shared pieces of callwatch-bench: the result record every measurement produces, the run options, and
// small helpers (CPU time, resident memory, percentiles, a simulator hosted on its own thread).
#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace cw::sim {
class DialgenSimulator;
struct SimConfig;
} // namespace cw::sim

namespace cw::bench {

// One figure. `target` is the target as text ("<= 10 ms", ">= 10x"); `met` is empty when the
// figure has no target. `baseline` / `ratio` are set where a figure is compared with a baseline run.
struct Result
{
    QString name;  // stable identifier (the JSON key the smoke test checks)
    QString title; // what is measured, for the table
    QString size;  // what it was measured at ("100,000 rows, 10,000 changed")
    double value = 0;
    QString unit;
    QString target;
    std::optional<bool> met;
    std::optional<double> baseline;
    std::optional<double> ratio;
    QString note;  // counts and context shown under the table and stored in the JSON
    QString error; // the measurement could not be made (the JSON check fails on it)

    QJsonObject toJson() const;
};

struct Options
{
    bool quick = false;
    QStringList only; // empty: everything
    QString workDir;  // a temporary folder for databases and settings
    QString self;     // this program, for child processes
    bool wants(const QString &group) const { return only.isEmpty() || only.contains(group); }
};

// The measurement groups, in the order they run (--only takes these names).
QStringList groupNames();
// Every measurement name each group produces: what the JSON must hold.
QStringList measurementNames();

// A result for a measurement that could not be made.
Result failure(const QString &name, const QString &title, const QString &size, const QString &error);

// Each group appends its results; `log` prints progress to stderr.
using Results = QList<Result>;
void log(const QString &text);

Results benchParsing(const Options &options);
Results benchModel(const Options &options);
Results benchPolling(const Options &options);
Results benchWebhooks(const Options &options);
Results benchHistory(const Options &options); // history writes, start-up (child process), charts
Results benchMemory(const Options &options);  // child process

// Child process entry points (hidden options); print one JSON object on stdout, return the exit code.
int childStartup(const QString &directory, int argc, char *argv[], qint64 mainStartedNs);
int childMemory(int calls, int argc, char *argv[]);

// --- helpers ---
qint64 threadCpuNs();     // CPU time of the calling thread
qint64 processCpuNs();    // CPU time of the whole process
qint64 residentBytes();   // /proc/self/statm resident pages * page size; -1 where unavailable
void releaseFreeMemory(); // glibc malloc_trim(0) where available, so RSS shows what is really held
// Handles the events pending, or sleeps until one arrives (at most maxMs): waiting for another thread
// without burning this one's CPU, which would count as main-thread time. (processEvents(flags, maxtime)
// ignores WaitForMoreEvents and spins.)
void waitForEvents(int maxMs);
// Nearest-rank percentile (p in 0..100) of unsorted samples; 0 for none.
double percentile(QList<double> samples, double p);
// "10,000"
QString count(qint64 n);
// Runs `child` arguments of this program, returns the JSON object it printed (empty on failure; *error
// says why).
QJsonObject runChild(const Options &options, const QStringList &arguments, int timeoutMs, QString *error);

// Main-thread stalls: while recording, the application object (main.cpp) times every top-level event
// delivery on the main thread (nested deliveries count in their outer one), in wall time and in the main
// thread's CPU time. stop() returns the durations, in ms, of the deliveries that took at least 1 ms either
// way, and *events the number of deliveries in all.
namespace StallProbe {
struct Stall
{
    double wallMs = 0;
    double cpuMs = 0;
};
void start();
QList<Stall> stop(qint64 *events = nullptr);
} // namespace StallProbe

// Wall and calling-thread CPU time of a piece of work.
class Stopwatch
{
public:
    Stopwatch() { restart(); }
    void restart();
    double wallMs() const;
    double cpuMs() const;

private:
    QElapsedTimer m_wall;
    qint64 m_cpuNs = 0;
};

// A DialgenSimulator living on its own thread, so that serving (building batch bodies, HTTP) never runs on
// the main thread the client-side figures are measured on; in the real world the server is remote.
class SimHost
{
public:
    explicit SimHost(const sim::SimConfig &config);
    ~SimHost();
    SimHost(const SimHost &) = delete;
    SimHost &operator=(const SimHost &) = delete;

    // Runs `work` on the simulator's thread and waits for it.
    void run(const std::function<void(sim::DialgenSimulator &)> &work);
    // Something living on the simulator's thread, as a connection context there.
    QObject *context() const { return m_context; }

private:
    QThread m_thread;
    QObject *m_context = nullptr;
    sim::DialgenSimulator *m_sim = nullptr;
};

} // namespace cw::bench
