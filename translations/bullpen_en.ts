<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Bullpen::AsyncFeature</name>
    <message numerus="yes">
        <source>%n asynchronous events wait, but the engine cannot start: %1</source>
        <translation>
            <numerusform>%n asynchronous event waits, but the engine cannot start: %1</numerusform>
            <numerusform>%n asynchronous events wait, but the engine cannot start: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::BuildPanel</name>
    <message numerus="yes">
        <source>Built %n function(s) or layer(s)</source>
        <translation>
            <numerusform>Built %n function or layer</numerusform>
            <numerusform>Built %n functions or layers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n up to date</source>
        <translation>
            <numerusform>, %n up to date</numerusform>
            <numerusform>, %n up to date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::Cli</name>
    <message numerus="yes">
        <source>  !! %1 of %n invocations failed: %2</source>
        <translation>
            <numerusform>  !! %1 of %n invocation failed: %2</numerusform>
            <numerusform>  !! %1 of %n invocations failed: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n functions; name one of: %2</source>
        <translation>
            <numerusform>%1 has %n function; name one of: %2</numerusform>
            <numerusform>%1 has %n functions; name one of: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale image(s) removed</source>
        <translation>
            <numerusform>%n stale image removed</numerusform>
            <numerusform>%n stale images removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed %n image(s)</source>
        <translation>
            <numerusform>removed %n image</numerusform>
            <numerusform>removed %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 (%n steps)</source>
        <translation>
            <numerusform>%1  %2 (%n step)</numerusform>
            <numerusform>%1  %2 (%n steps)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n functions; name the one to load: %2</source>
        <translation>
            <numerusform>%1 has %n function; name the one to load: %2</numerusform>
            <numerusform>%1 has %n functions; name the one to load: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arrivals over %1 pool s (%2) on %3</source>
        <translation>
            <numerusform>%n arrival over %1 pool s (%2) on %3</numerusform>
            <numerusform>%n arrivals over %1 pool s (%2) on %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>synthetic day, %n functions (seed %1)</source>
        <translation>
            <numerusform>synthetic day, %n function (seed %1)</numerusform>
            <numerusform>synthetic day, %n functions (seed %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>synthetic %1 days, %n functions (seed %2)</source>
        <translation>
            <numerusform>synthetic %1 days, %n function (seed %2)</numerusform>
            <numerusform>synthetic %1 days, %n functions (seed %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, after %n day(s) of warm-up</source>
        <translation>
            <numerusform>, after %n day of warm-up</numerusform>
            <numerusform>, after %n days of warm-up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n functions</source>
        <translation>
            <numerusform>%n function</numerusform>
            <numerusform>%n functions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calls</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Model: %n policies in %1 s (%2 s per policy)</source>
        <translation>
            <numerusform>Model: %n policy in %1 s (%2 s per policy)</numerusform>
            <numerusform>Model: %n policies in %1 s (%2 s per policy)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n difference(s) between the local pool and %2 (%3 in what the code names)</source>
        <translation>
            <numerusform>%1: %n difference between the local pool and %2 (%3 in what the code names)</numerusform>
            <numerusform>%1: %n differences between the local pool and %2 (%3 in what the code names)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n replica</numerusform>
            <numerusform>%n replicas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
Every check passed that this machine can show; %n could not be shown here (see NOT SHOWN HERE above).</source>
        <translation>
            <numerusform>
Every check passed that this machine can show; %n could not be shown here (see NOT SHOWN HERE above).</numerusform>
            <numerusform>
Every check passed that this machine can show; %n could not be shown here (see NOT SHOWN HERE above).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::CompareModel</name>
    <message numerus="yes">
        <source>run(s) %1</source>
        <translation>
            <numerusform>run %1</numerusform>
            <numerusform>runs %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n calls</source>
        <translation>
            <numerusform>%1 of %n call</numerusform>
            <numerusform>%1 of %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>median, min–max over %n run(s)</source>
        <translation>
            <numerusform>median, min–max over %n run</numerusform>
            <numerusform>median, min–max over %n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::CompareView</name>
    <message numerus="yes">
        <source>Comparing on %1, %n run(s) each…</source>
        <translation>
            <numerusform>Comparing on %1, %n run each…</numerusform>
            <numerusform>Comparing on %1, %n runs each…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) against %1</source>
        <translation>
            <numerusform>%n difference against %1</numerusform>
            <numerusform>%n differences against %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::EditorPanel</name>
    <message numerus="yes">
        <source>Unsaved edits of %n document(s) from the last session can be recovered: see the bar above the text.</source>
        <translation>
            <numerusform>Unsaved edits of %n document from the last session can be recovered: see the bar above the text.</numerusform>
            <numerusform>Unsaved edits of %n documents from the last session can be recovered: see the bar above the text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::EventBuilder</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n error(s)</source>
        <translation>
            <numerusform>%1 · %n error</numerusform>
            <numerusform>%1 · %n errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::FindBar</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::FindInProject</name>
    <message numerus="yes">
        <source>First %n matches</source>
        <translation>
            <numerusform>First %n match</numerusform>
            <numerusform>First %n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::ImagesView</name>
    <message numerus="yes">
        <source>%n image(s) in the daemon.</source>
        <translation>
            <numerusform>%n image in the daemon.</numerusform>
            <numerusform>%n images in the daemon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n image(s).</source>
        <translation>
            <numerusform>Removed %n image.</numerusform>
            <numerusform>Removed %n images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n stale image(s).</source>
        <translation>
            <numerusform>Removed %n stale image.</numerusform>
            <numerusform>Removed %n stale images.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::LessonRunner</name>
    <message numerus="yes">
        <source>invoke %1 %n times at once</source>
        <translation>
            <numerusform>invoke %1 %n time at once</numerusform>
            <numerusform>invoke %1 %n times at once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>invoke %1 %n times, one after another</source>
        <translation>
            <numerusform>invoke %1 %n time, one after another</numerusform>
            <numerusform>invoke %1 %n times, one after another</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>provision %n instances</source>
        <translation>
            <numerusform>provision %n instance</numerusform>
            <numerusform>provision %n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n instance(s) (%2); %3 of them cold</source>
        <translation>
            <numerusform>%1 on %n instance (%2); %3 of them cold</numerusform>
            <numerusform>%1 on %n instances (%2); %3 of them cold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) ran</source>
        <translation>
            <numerusform>%n call ran</numerusform>
            <numerusform>%n calls ran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s) ran, %2 refused with TooManyRequestsException%3</source>
        <translation>
            <numerusform>%1 of %n call ran, %2 refused with TooManyRequestsException%3</numerusform>
            <numerusform>%1 of %n calls ran, %2 refused with TooManyRequestsException%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no instance expired during the step (%n alive at its end)</source>
        <translation>
            <numerusform>no instance expired during the step (%n alive at its end)</numerusform>
            <numerusform>no instance expired during the step (%n alive at its end)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no instance expired; %n still warm at the step&apos;s end</source>
        <translation>
            <numerusform>no instance expired; %n still warm at the step&apos;s end</numerusform>
            <numerusform>no instance expired; %n still warm at the step&apos;s end</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled invocation(s) ran%1, %2 of them cold</source>
        <translation>
            <numerusform>%n scheduled invocation ran%1, %2 of them cold</numerusform>
            <numerusform>%n scheduled invocations ran%1, %2 of them cold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>during the step: %1 requests, %2 GB-s, $%3 billed, with %n instance(s) warm; the calls before it cost %4 GB-s and %5 requests ($%6)</source>
        <translation>
            <numerusform>during the step: %1 requests, %2 GB-s, $%3 billed, with %n instance warm; the calls before it cost %4 GB-s and %5 requests ($%6)</numerusform>
            <numerusform>during the step: %1 requests, %2 GB-s, $%3 billed, with %n instances warm; the calls before it cost %4 GB-s and %5 requests ($%6)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::LessonsWidget</name>
    <message numerus="yes">
        <source>Lesson done: every check held that this machine can show; %n could not be shown here (marked above, with why).</source>
        <translation>
            <numerusform>Lesson done: every check held that this machine can show; %n could not be shown here (marked above, with why).</numerusform>
            <numerusform>Lesson done: every check held that this machine can show; %n could not be shown here (marked above, with why).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::PolicyLabView</name>
    <message numerus="yes">
        <source>a synthetic day of %n functions (seed %1)</source>
        <translation>
            <numerusform>a synthetic day of %n function (seed %1)</numerusform>
            <numerusform>a synthetic day of %n functions (seed %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running %n calls of %1 through the model…</source>
        <translation>
            <numerusform>Running %n call of %1 through the model…</numerusform>
            <numerusform>Running %n calls of %1 through the model…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::PoolPanel</name>
    <message numerus="yes">
        <source>Expired %n idle instance(s) now.</source>
        <translation>
            <numerusform>Expired %n idle instance now.</numerusform>
            <numerusform>Expired %n idle instances now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pre-warming %1 of %n instances of %2 (the instance cap allows no more).</source>
        <translation>
            <numerusform>Pre-warming %1 of %n instance of %2 (the instance cap allows no more).</numerusform>
            <numerusform>Pre-warming %1 of %n instances of %2 (the instance cap allows no more).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pre-warming %n instance(s) of %1: their init is on no caller&apos;s path.</source>
        <translation>
            <numerusform>Pre-warming %n instance of %1: its init is on no caller&apos;s path.</numerusform>
            <numerusform>Pre-warming %n instances of %1: their init is on no caller&apos;s path.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::PoolSummaryBar</name>
    <message numerus="yes">
        <source>%Ln instances · %1 busy · %2 idle · %3 starting</source>
        <translation>
            <numerusform>%Ln instance · %1 busy · %2 idle · %3 starting</numerusform>
            <numerusform>%Ln instances · %1 busy · %2 idle · %3 starting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests · %1 GB-s · $%2</source>
        <translation>
            <numerusform>%Ln request · %1 GB-s · $%2</numerusform>
            <numerusform>%Ln requests · %1 GB-s · $%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::PoolView</name>
    <message numerus="yes">
        <source>%n instances · %1 busy · %2 idle · %3 starting</source>
        <translation>
            <numerusform>%n instance · %1 busy · %2 idle · %3 starting</numerusform>
            <numerusform>%n instances · %1 busy · %2 idle · %3 starting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::PortabilityReport</name>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not visible in one place</source>
        <translation>
            <numerusform>%n not visible in one place</numerusform>
            <numerusform>%n not visible in one place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not probed</source>
        <translation>
            <numerusform>%n not probed</numerusform>
            <numerusform>%n not probed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n limit(s) only Lambda enforces</source>
        <translation>
            <numerusform>%n limit only Lambda enforces</numerusform>
            <numerusform>%n limits only Lambda enforces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n the same</source>
        <translation>
            <numerusform>%n the same</numerusform>
            <numerusform>%n the same</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> &quot;Used at&quot; names the lines of the function&apos;s code (%n source file(s) searched) that name the item.</source>
        <translation>
            <numerusform> &quot;Used at&quot; names the lines of the function&apos;s code (%n source file searched) that name the item.</numerusform>
            <numerusform> &quot;Used at&quot; names the lines of the function&apos;s code (%n source files searched) that name the item.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s) in the handler&apos;s environment</source>
        <translation>
            <numerusform>%n variable in the handler&apos;s environment</numerusform>
            <numerusform>%n variables in the handler&apos;s environment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n CPU(s) online</source>
        <translation>
            <numerusform>; %n CPU online</numerusform>
            <numerusform>; %n CPUs online</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::PortabilityView</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; from the local pool to &lt;b&gt;%2&lt;/b&gt; (%3): &lt;b&gt;%n difference(s)&lt;/b&gt;, %4 of them in what the function&apos;s code names.%5</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; from the local pool to &lt;b&gt;%2&lt;/b&gt; (%3): &lt;b&gt;%n difference&lt;/b&gt;, %4 of them in what the function&apos;s code names.%5</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; from the local pool to &lt;b&gt;%2&lt;/b&gt; (%3): &lt;b&gt;%n differences&lt;/b&gt;, %4 of them in what the function&apos;s code names.%5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::ProjectView</name>
    <message numerus="yes">
        <source>%1 — %n functions</source>
        <translation>
            <numerusform>%1 — %n function</numerusform>
            <numerusform>%1 — %n functions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::ResultView</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::SamTemplate</name>
    <message numerus="yes">
        <source>the function has %n layers; Lambda allows at most %1</source>
        <translation>
            <numerusform>the function has %n layer; Lambda allows at most %1</numerusform>
            <numerusform>the function has %n layers; Lambda allows at most %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::TargetsView</name>
    <message numerus="yes">
        <source>%n target(s) in %1</source>
        <translation>
            <numerusform>%n target in %1</numerusform>
            <numerusform>%n targets in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%1: %n calls, containers %4; the model ran the %2 policies in %3 s</source>
        <translation>
            <numerusform>%1: %n call, containers %4; the model ran the %2 policies in %3 s</numerusform>
            <numerusform>%1: %n calls, containers %4; the model ran the %2 policies in %3 s</numerusform>
        </translation>
    </message>
</context>
</TS>
