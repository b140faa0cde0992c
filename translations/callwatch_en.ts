<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>cw::AlertEngine</name>
    <message numerus="yes">
        <source>Failure rate not judged: %n ended call(s) over the last %1 min, %2 needed</source>
        <translation>
            <numerusform>Failure rate not judged: %n ended call over the last %1 min, %2 needed</numerusform>
            <numerusform>Failure rate not judged: %n ended calls over the last %1 min, %2 needed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) failed with INSUFFICIENT_CREDITS in the last %1 min</source>
        <translation>
            <numerusform>%n call failed with INSUFFICIENT_CREDITS in the last %1 min</numerusform>
            <numerusform>%n calls failed with INSUFFICIENT_CREDITS in the last %1 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scheduled backlog %n call(s) (%1)</source>
        <translation>
            <numerusform>Scheduled backlog %n call (%1)</numerusform>
            <numerusform>Scheduled backlog %n calls (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::MainWindow</name>
    <message numerus="yes">
        <source>%1: %n call(s)</source>
        <translation>
            <numerusform>%1: %n call</numerusform>
            <numerusform>%1: %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new call(s) tracked</source>
        <translation>
            <numerusform>%n new call tracked</numerusform>
            <numerusform>%n new calls tracked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already tracked</source>
        <translation>
            <numerusform>, %n already tracked</numerusform>
            <numerusform>, %n already tracked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>. Skipped %n entry(ies) that could not be call ids:</source>
        <translation>
            <numerusform>. Skipped %n entry that could not be call ids:</numerusform>
            <numerusform>. Skipped %n entries that could not be call ids:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) exported to %1</source>
        <translation>
            <numerusform>%n call exported to %1</numerusform>
            <numerusform>%n calls exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s) shown</source>
        <translation>
            <numerusform>%1 of %n call shown</numerusform>
            <numerusform>%1 of %n calls shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n stale</source>
        <extracomment>Appended to the status bar text: %n calls were not refreshed for too long</extracomment>
        <translation>
            <numerusform> · %n stale</numerusform>
            <numerusform> · %n stale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) received</source>
        <translation>
            <numerusform>%n event received</numerusform>
            <numerusform>%n events received</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::TrendChart</name>
    <message numerus="yes">
        <source>Show the %n most frequent error codes separately</source>
        <translation>
            <numerusform>Show the %n most frequent error codes separately</numerusform>
            <numerusform>Show the %n most frequent error codes separately</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::Wallboard</name>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n more)</numerusform>
            <numerusform>(+%n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>Wrong PIN. %n attempt left.</numerusform>
            <numerusform>Wrong PIN. %n attempts left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n s.</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n s.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more on the Batches page</source>
        <translation>
            <numerusform>+%n more on the Batches page</numerusform>
            <numerusform>+%n more on the Batches page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
</TS>
