#pragma once

#include "simrandom.h"
#include "simworld.h"

#include <QList>
#include <QString>

// Made-up content for simulated calls: agents, contacts, phone numbers, conversations, summaries and
// metrics. Everything is drawn from a SimRandom, so a call's content is reproducible from its stream.
// Internal to the simulator.
namespace cw::sim::content {

struct AgentProfile
{
    QString name;    // shown as `agent` by the persistent endpoint
    QString purpose; // what the agent calls about, e.g. "appointment reminders"
    int script = 0;  // which conversation script it follows
};

// A fixed cast of AI agents (ids are derived from the seed by the world).
const QList<AgentProfile> &agentProfiles();

QString personName(SimRandom &random);
// Fictional numbers only: +1 NXX 555-01XX (US) and +44 7700 900XXX (UK drama range).
QString phoneNumber(SimRandom &random);
// Something a carrier would reject (too short / unassigned prefix).
QString invalidPhoneNumber(SimRandom &random);

// The tone of a completed conversation; drives transcript, summary and metrics alike.
enum class Tone : quint8
{
    Positive,
    Neutral,
    Negative,
};
Tone toneFor(SimRandom &random);

// The whole conversation of an answered attempt lasting talkSeconds.
QList<SimTranscriptLine> conversation(const AgentProfile &agent, Tone tone, const QString &contactName,
                                      int talkSeconds, SimRandom &random);
QString summary(const AgentProfile &agent, Tone tone, const QString &contactName, int talkSeconds);
SimMetrics metrics(const AgentProfile &agent, Tone tone, SimRandom &random);

} // namespace cw::sim::content
