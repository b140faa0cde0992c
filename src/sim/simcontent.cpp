#include "simcontent.h"

#include <QStringList>

#include <algorithm>
#include <utility>

namespace cw::sim::content {

namespace {

QStringList firstNames()
{
    static const QStringList names = {
        QStringLiteral("Olivia"), QStringLiteral("Liam"),     QStringLiteral("Emma"),
        QStringLiteral("Noah"),   QStringLiteral("Amelia"),   QStringLiteral("Oliver"),
        QStringLiteral("Sophia"), QStringLiteral("Elijah"),   QStringLiteral("Mia"),
        QStringLiteral("James"),  QStringLiteral("Isabella"), QStringLiteral("Lucas"),
        QStringLiteral("Priya"),  QStringLiteral("Mateo"),    QStringLiteral("Aisha"),
        QStringLiteral("Kenji"),  QStringLiteral("Chloe"),    QStringLiteral("Daniel"),
        QStringLiteral("Fatima"), QStringLiteral("Samuel"),   QStringLiteral("Grace"),
        QStringLiteral("Henry"),  QStringLiteral("Zoe"),      QStringLiteral("Omar"),
    };
    return names;
}

QStringList lastNames()
{
    static const QStringList names = {
        QStringLiteral("Smith"),    QStringLiteral("Johnson"), QStringLiteral("Garcia"),
        QStringLiteral("Brown"),    QStringLiteral("Miller"),  QStringLiteral("Davis"),
        QStringLiteral("Martinez"), QStringLiteral("Lopez"),   QStringLiteral("Wilson"),
        QStringLiteral("Anderson"), QStringLiteral("Thomas"),  QStringLiteral("Moore"),
        QStringLiteral("Patel"),    QStringLiteral("Nguyen"),  QStringLiteral("Kim"),
        QStringLiteral("Okafor"),   QStringLiteral("Schmidt"), QStringLiteral("Rossi"),
        QStringLiteral("Tanaka"),   QStringLiteral("Walker"),
    };
    return names;
}

QString firstNameOf(const QString &fullName)
{
    const qsizetype space = fullName.indexOf(QLatin1Char(' '));
    return space < 0 ? fullName : fullName.left(space);
}

QString digits(SimRandom &random, int count)
{
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(QLatin1Char(static_cast<char>('0' + random.range(0, 9))));
    return out;
}

// One script: what the agent says to open, the exchanges in the middle (assistant line, user answer)
// for each tone, and the closing.
struct Script
{
    QString opening;                              // %1 = contact first name, %2 = agent name
    QList<std::pair<QString, QString>> middle[3]; // indexed by Tone
    QString closing[3];
    QString userGoodbye[3];
};

const QList<Script> &scripts()
{
    static const QList<Script> all = [] {
        QList<Script> list;
        {
            Script s;
            s.opening =
                QStringLiteral("Hi %1, this is %2 calling from Brightsmile Dental about your upcoming "
                               "appointment. Do you have a minute?");
            s.middle[0] = {
                {QStringLiteral(
                     "Your cleaning is booked for Thursday at 10:30. Does that still work for you?"),
                 QStringLiteral("Yes, Thursday at 10:30 is fine.")},
                {QStringLiteral("Great. Please arrive ten minutes early to update your insurance details."),
                 QStringLiteral("Sure, I'll bring my card.")},
                {QStringLiteral("Would you like a text reminder the day before?"),
                 QStringLiteral("Yes please, that would help.")},
            };
            s.middle[1] = {
                {QStringLiteral(
                     "Your cleaning is booked for Thursday at 10:30. Does that still work for you?"),
                 QStringLiteral("Actually I have a conflict. Could we move it?")},
                {QStringLiteral("Of course. I have Friday at 9:00 or Monday at 14:15."),
                 QStringLiteral("Monday afternoon would be better.")},
                {QStringLiteral("Done, you're booked for Monday at 14:15 with Dr. Alvarez."),
                 QStringLiteral("Thanks, I'll put it in my calendar.")},
            };
            s.middle[2] = {
                {QStringLiteral(
                     "Your cleaning is booked for Thursday at 10:30. Does that still work for you?"),
                 QStringLiteral("I'd like to cancel, I'm switching to another clinic.")},
                {QStringLiteral("I'm sorry to hear that. May I ask what made you decide to switch?"),
                 QStringLiteral("The waiting times have been too long lately.")},
                {QStringLiteral("I understand. I'll cancel the appointment and pass your feedback on."),
                 QStringLiteral("Okay. Please also send my records to the new clinic.")},
            };
            s.closing[0] = QStringLiteral("Perfect, we'll see you on Thursday. Have a great day!");
            s.closing[1] =
                QStringLiteral("You'll get a confirmation text shortly. Anything else I can help with?");
            s.closing[2] =
                QStringLiteral("Your appointment is cancelled. Someone will contact you about the records.");
            s.userGoodbye[0] = QStringLiteral("Thanks, bye!");
            s.userGoodbye[1] = QStringLiteral("No, that's all. Thank you.");
            s.userGoodbye[2] = QStringLiteral("Fine. Goodbye.");
            list.append(s);
        }
        {
            Script s;
            s.opening =
                QStringLiteral("Hello %1, this is %2 from Northwind Utilities. I'm calling about your "
                               "account balance. Is now a good time?");
            s.middle[0] = {
                {QStringLiteral("There is an open balance of $84.20 that was due last week."),
                 QStringLiteral("Oh, I completely forgot. Can I pay it now?")},
                {QStringLiteral("Yes. I can send you a secure payment link by text message."),
                 QStringLiteral("Please do, I'll pay it right away.")},
                {QStringLiteral("The link is on its way. It stays valid for 24 hours."),
                 QStringLiteral("Got it, thanks.")},
            };
            s.middle[1] = {
                {QStringLiteral("There is an open balance of $84.20 that was due last week."),
                 QStringLiteral("I can't pay all of it before payday.")},
                {QStringLiteral("I can set up a plan: half now and the rest on the 28th. Would that help?"),
                 QStringLiteral("Yes, that works for me.")},
                {QStringLiteral("Great, the plan is set. You'll get the details by email."),
                 QStringLiteral("Okay, thank you.")},
            };
            s.middle[2] = {
                {QStringLiteral("There is an open balance of $84.20 that was due last week."),
                 QStringLiteral("That's wrong, I already paid that bill.")},
                {QStringLiteral("I'm sorry for the confusion. Do you have the payment date or a reference?"),
                 QStringLiteral("I paid by bank transfer on the 3rd. I want this fixed.")},
                {QStringLiteral("I've opened a dispute so our billing team can check the transfer."),
                 QStringLiteral("I expect a call back about it.")},
            };
            s.closing[0] = QStringLiteral("Thank you for taking care of it so quickly. Have a nice evening.");
            s.closing[1] = QStringLiteral("Thanks for working this out with me. Goodbye.");
            s.closing[2] =
                QStringLiteral("Billing will call you back within two business days. I apologise again.");
            s.userGoodbye[0] = QStringLiteral("You too, bye.");
            s.userGoodbye[1] = QStringLiteral("Bye.");
            s.userGoodbye[2] = QStringLiteral("Alright.");
            list.append(s);
        }
        {
            Script s;
            s.opening =
                QStringLiteral("Hi %1, I'm %2, a virtual assistant for Contoso Internet. Would you answer "
                               "three quick questions about your recent service visit?");
            s.middle[0] = {
                {QStringLiteral("On a scale from one to five, how satisfied were you with the technician?"),
                 QStringLiteral("Five. He was quick and explained everything.")},
                {QStringLiteral("Is your connection working as expected since the visit?"),
                 QStringLiteral("Yes, it's been much faster.")},
                {QStringLiteral("Would you recommend Contoso to a friend?"), QStringLiteral("Definitely.")},
            };
            s.middle[1] = {
                {QStringLiteral("On a scale from one to five, how satisfied were you with the technician?"),
                 QStringLiteral("Three, I guess. He was late.")},
                {QStringLiteral("Is your connection working as expected since the visit?"),
                 QStringLiteral("Mostly, it still drops in the evening sometimes.")},
                {QStringLiteral("Thanks. Would you like us to run a remote line check?"),
                 QStringLiteral("Sure, why not.")},
            };
            s.middle[2] = {
                {QStringLiteral("On a scale from one to five, how satisfied were you with the technician?"),
                 QStringLiteral("One. Nobody showed up at the time we agreed.")},
                {QStringLiteral("I'm very sorry. Is the connection still not working?"),
                 QStringLiteral("No, it's down half the day. I'm thinking of cancelling.")},
                {QStringLiteral("I'll escalate this to a supervisor with high priority."),
                 QStringLiteral("Please do, this has gone on for weeks.")},
            };
            s.closing[0] = QStringLiteral("Thank you for your feedback, it really helps us. Goodbye!");
            s.closing[1] =
                QStringLiteral("I've scheduled the line check for tonight. Thank you for your time.");
            s.closing[2] =
                QStringLiteral("A supervisor will call you today. Again, I'm sorry for the trouble.");
            s.userGoodbye[0] = QStringLiteral("Bye!");
            s.userGoodbye[1] = QStringLiteral("Okay, bye.");
            s.userGoodbye[2] = QStringLiteral("We'll see.");
            list.append(s);
        }
        {
            Script s;
            s.opening =
                QStringLiteral("Good afternoon %1, this is %2 with SunPeak Solar. You asked about a free "
                               "rooftop assessment. Is this still of interest?");
            s.middle[0] = {
                {QStringLiteral("Do you own the house, and roughly how large is your monthly power bill?"),
                 QStringLiteral("We own it, the bill is around $180 a month.")},
                {QStringLiteral("That's a great fit. Which direction does the main roof face?"),
                 QStringLiteral("South, mostly.")},
                {QStringLiteral("Could an advisor visit next week for a free assessment?"),
                 QStringLiteral("Yes, Tuesday morning would be ideal.")},
            };
            s.middle[1] = {
                {QStringLiteral("Do you own the house, and roughly how large is your monthly power bill?"),
                 QStringLiteral("We own it, but I'm just collecting information for now.")},
                {QStringLiteral("No problem. Shall I email you a brochure and a savings estimate?"),
                 QStringLiteral("Yes, email is best.")},
                {QStringLiteral("I'll send it today. Is this the best address to reach you?"),
                 QStringLiteral("Yes, the one you have on file.")},
            };
            s.middle[2] = {
                {QStringLiteral("Do you own the house, and roughly how large is your monthly power bill?"),
                 QStringLiteral("I never asked for this. Please stop calling me.")},
                {QStringLiteral("I'm sorry about that. I'll remove your number from our list right away."),
                 QStringLiteral("Thank you.")},
            };
            s.closing[0] =
                QStringLiteral("Wonderful, you'll receive a confirmation for Tuesday. Thanks and goodbye!");
            s.closing[1] = QStringLiteral("Thanks for your time, the brochure is on its way.");
            s.closing[2] = QStringLiteral("You won't be contacted again. Have a good day.");
            s.userGoodbye[0] = QStringLiteral("Great, bye.");
            s.userGoodbye[1] = QStringLiteral("Thanks, goodbye.");
            s.userGoodbye[2] = QStringLiteral("Bye.");
            list.append(s);
        }
        return list;
    }();
    return all;
}

// Short filler exchanges that stretch a long conversation without repeating the script lines.
const QList<std::pair<QString, QString>> &fillers()
{
    static const QList<std::pair<QString, QString>> list = {
        {QStringLiteral("Sorry, could you say that again? The line was a bit unclear."),
         QStringLiteral("Sure. I said that's fine with me.")},
        {QStringLiteral("Just a moment while I check that in our system."), QStringLiteral("Okay.")},
        {QStringLiteral("Can I confirm the best phone number to reach you is the one I'm calling?"),
         QStringLiteral("Yes, that's right.")},
        {QStringLiteral("Is there anything else you'd like me to note down?"),
         QStringLiteral("Hmm, let me think. No, I think that's everything.")},
        {QStringLiteral("I've added a note to your file."), QStringLiteral("Thanks.")},
    };
    return list;
}

int toneIndex(Tone tone)
{
    return static_cast<int>(tone);
}

} // namespace

const QList<AgentProfile> &agentProfiles()
{
    static const QList<AgentProfile> agents = {
        {QStringLiteral("Ava"), QStringLiteral("appointment reminders"), 0},
        {QStringLiteral("Max"), QStringLiteral("payment reminders"), 1},
        {QStringLiteral("Nora"), QStringLiteral("customer surveys"), 2},
        {QStringLiteral("Leo"), QStringLiteral("lead qualification"), 3},
        {QStringLiteral("Iris"), QStringLiteral("appointment reminders (evening shift)"), 0},
    };
    return agents;
}

QString personName(SimRandom &random)
{
    return random.pick(firstNames()) + QLatin1Char(' ') + random.pick(lastNames());
}

QString phoneNumber(SimRandom &random)
{
    if (random.chance(0.15))
        return QStringLiteral("+447700900") + digits(random, 3);
    static const QStringList areaCodes = {QStringLiteral("202"), QStringLiteral("312"), QStringLiteral("415"),
                                          QStringLiteral("512"), QStringLiteral("617"), QStringLiteral("718"),
                                          QStringLiteral("303"), QStringLiteral("206")};
    return QStringLiteral("+1") + random.pick(areaCodes) + QStringLiteral("55501") + digits(random, 2);
}

QString invalidPhoneNumber(SimRandom &random)
{
    if (random.chance(0.5))
        return QStringLiteral("+1555") + digits(random, 3); // far too short
    return QStringLiteral("+1000") + digits(random, 7);     // area code 000 is never assigned
}

Tone toneFor(SimRandom &random)
{
    const double u = random.uniform();
    if (u < 0.55)
        return Tone::Positive;
    if (u < 0.85)
        return Tone::Neutral;
    return Tone::Negative;
}

QList<SimTranscriptLine> conversation(const AgentProfile &agent, Tone tone, const QString &contactName,
                                      int talkSeconds, SimRandom &random)
{
    const Script &script = scripts().at(agent.script);
    const int t = toneIndex(tone);
    const QString assistant = QStringLiteral("assistant");
    const QString user = QStringLiteral("user");

    // Roughly one line every 12 seconds of conversation, at least a greeting and a goodbye.
    const int lineBudget = std::clamp(talkSeconds / 12, 4, 60);

    QList<SimTranscriptLine> lines;
    lines.append({assistant, script.opening.arg(firstNameOf(contactName), agent.name)});
    lines.append(
        {user, random.chance(0.5) ? QStringLiteral("Yes, go ahead.") : QStringLiteral("Sure, what is it?")});

    const auto &middle = script.middle[t];
    qsizetype next = 0;
    while (lines.size() + 2 < lineBudget) {
        if (next < middle.size()) {
            lines.append({assistant, middle.at(next).first});
            lines.append({user, middle.at(next).second});
            ++next;
        } else {
            const auto &filler = random.pick(fillers());
            lines.append({assistant, filler.first});
            lines.append({user, filler.second});
        }
    }
    // Short calls still get the first point of the script across.
    if (next == 0 && !middle.isEmpty()) {
        lines.append({assistant, middle.first().first});
        lines.append({user, middle.first().second});
    }
    lines.append({assistant, script.closing[t]});
    lines.append({user, script.userGoodbye[t]});
    return lines;
}

QString summary(const AgentProfile &agent, Tone tone, const QString &contactName, int talkSeconds)
{
    const QString who = contactName.isEmpty() ? QStringLiteral("The contact") : contactName;
    const QString length = QString::number(talkSeconds / 60) + QStringLiteral(" min ") +
                           QString::number(talkSeconds % 60) + QStringLiteral(" s");
    static const QString outcomes[4][3] = {
        {QStringLiteral("confirmed the appointment and asked for a text reminder."),
         QStringLiteral("moved the appointment to Monday 14:15."),
         QStringLiteral(
             "cancelled the appointment and is switching clinics; asked for records to be transferred.")},
        {QStringLiteral("agreed to pay the open balance via the payment link."),
         QStringLiteral("agreed to a two-part payment plan."),
         QStringLiteral("disputes the balance (says it was paid on the 3rd); a billing dispute was opened.")},
        {QStringLiteral("rated the service visit 5/5 and would recommend the company."),
         QStringLiteral("rated the visit 3/5; evening connection drops remain, a line check was scheduled."),
         QStringLiteral("rated the visit 1/5, reports ongoing outages and considers cancelling; escalated.")},
        {QStringLiteral(
             "is a qualified lead (owner, ~$180/month bill) and booked an assessment for Tuesday."),
         QStringLiteral("is interested but not ready; a brochure and savings estimate will be emailed."),
         QStringLiteral("is not interested and asked to be removed from the call list.")},
    };
    return who + QLatin1Char(' ') + outcomes[agent.script][toneIndex(tone)] + QStringLiteral(" (") +
           agent.name + QStringLiteral(", ") + agent.purpose + QStringLiteral("; talk time ") + length +
           QLatin1Char(')');
}

SimMetrics metrics(const AgentProfile &agent, Tone tone, SimRandom &random)
{
    static const QString intents[4][3] = {
        {QStringLiteral("confirm_appointment"), QStringLiteral("reschedule_appointment"),
         QStringLiteral("cancel_appointment")},
        {QStringLiteral("pay_now"), QStringLiteral("payment_plan"), QStringLiteral("dispute_charge")},
        {QStringLiteral("positive_feedback"), QStringLiteral("mixed_feedback"), QStringLiteral("complaint")},
        {QStringLiteral("interested"), QStringLiteral("needs_information"), QStringLiteral("not_interested")},
    };
    static const QString keyPoints[4][3][2] = {
        {{QStringLiteral("Appointment confirmed"), QStringLiteral("Text reminder requested")},
         {QStringLiteral("Conflict with original slot"), QStringLiteral("Rebooked for Monday 14:15")},
         {QStringLiteral("Switching clinics"), QStringLiteral("Long waiting times cited")}},
        {{QStringLiteral("Balance of $84.20 acknowledged"), QStringLiteral("Payment link sent")},
         {QStringLiteral("Cannot pay in full before payday"), QStringLiteral("Two-part plan agreed")},
         {QStringLiteral("Claims payment on the 3rd"), QStringLiteral("Dispute opened")}},
        {{QStringLiteral("Technician rated 5/5"), QStringLiteral("Would recommend")},
         {QStringLiteral("Technician late"), QStringLiteral("Evening connection drops")},
         {QStringLiteral("Missed appointment"), QStringLiteral("Considering cancellation")}},
        {{QStringLiteral("Homeowner"), QStringLiteral("South-facing roof, ~$180/month bill")},
         {QStringLiteral("Early research stage"), QStringLiteral("Prefers email")},
         {QStringLiteral("No consent to be called"), QStringLiteral("Removal requested")}},
    };
    static const QString actions[4][3] = {
        {QStringLiteral("Send reminder text the day before"), QStringLiteral("Send new confirmation"),
         QStringLiteral("Transfer patient records")},
        {QStringLiteral("Check payment within 24 hours"), QStringLiteral("Email payment plan details"),
         QStringLiteral("Billing team to verify transfer and call back")},
        {QStringLiteral("No follow-up needed"), QStringLiteral("Run remote line check tonight"),
         QStringLiteral("Supervisor call-back today")},
        {QStringLiteral("Confirm Tuesday assessment"), QStringLiteral("Email brochure and estimate"),
         QStringLiteral("Add number to do-not-call list")},
    };
    static const QString callStatuses[3] = {QStringLiteral("resolved"), QStringLiteral("follow_up_required"),
                                            QStringLiteral("escalated")};
    static const QString sentiments[3] = {QStringLiteral("positive"), QStringLiteral("neutral"),
                                          QStringLiteral("negative")};
    const int t = toneIndex(tone);
    SimMetrics m;
    m.intent = intents[agent.script][t];
    m.sentiment = sentiments[t];
    // Two decimals, 0.55 .. 0.99.
    m.confidence = static_cast<double>(random.range(55, 99)) / 100.0;
    m.keyPoints = {keyPoints[agent.script][t][0], keyPoints[agent.script][t][1]};
    m.actionItems = {actions[agent.script][t]};
    m.callStatus = callStatuses[t];
    return m;
}

} // namespace cw::sim::content
