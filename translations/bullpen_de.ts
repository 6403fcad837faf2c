<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AwsCredentialProvider</name>
    <message>
        <source>The AWS profile &quot;%1&quot; gets its credentials through %2, which Bullpen does not run; give it aws_access_key_id and aws_secret_access_key, or export them.</source>
        <translation>Das AWS-Profil „%1“ bezieht seine Zugangsdaten über %2, das Bullpen nicht ausführt; tragen Sie dort aws_access_key_id und aws_secret_access_key ein oder exportieren Sie sie.</translation>
    </message>
    <message>
        <source>No AWS profile &quot;%1&quot; in %2 or %3.</source>
        <translation>Kein AWS-Profil „%1“ in %2 oder %3.</translation>
    </message>
    <message>
        <source>The AWS profile &quot;%1&quot; has no aws_access_key_id and aws_secret_access_key.</source>
        <translation>Das AWS-Profil „%1“ hat weder aws_access_key_id noch aws_secret_access_key.</translation>
    </message>
</context>
<context>
    <name>Bullpen::AsyncEventsModel</name>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>wird wiederholt</translation>
    </message>
    <message>
        <source>waiting for its function</source>
        <translation>wartet auf seine Funktion</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>in %1 s</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Next attempt (pool time)</source>
        <translation>Nächster Versuch (Pool-Zeit)</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>Bullpen::AsyncFeature</name>
    <message>
        <source>Asynchronous Invocations</source>
        <translation>Asynchrone Aufrufe</translation>
    </message>
    <message>
        <source>Invoke &amp;Asynchronously</source>
        <translation>As&amp;ynchron aufrufen</translation>
    </message>
    <message>
        <source>Queue the event for the selected function as an Event invocation: retried on errors, then sent to its destinations</source>
        <translation>Das Ereignis für die ausgewählte Funktion als Event-Aufruf einreihen: bei Fehlern wiederholt, dann an ihre Ziele gesendet</translation>
    </message>
    <message>
        <source>&amp;Asynchronous Queue…</source>
        <translation>&amp;Asynchrone Warteschlange …</translation>
    </message>
    <message>
        <source>Asynchronous invocations are off for this project: %1</source>
        <translation>Asynchrone Aufrufe sind für dieses Projekt aus: %1</translation>
    </message>
    <message>
        <source>Choose a function of the open project to invoke it asynchronously.</source>
        <translation>Wählen Sie eine Funktion des offenen Projekts, um sie asynchron aufzurufen.</translation>
    </message>
    <message>
        <source>The engine cannot start: %1</source>
        <translation>Die Engine kann nicht starten: %1</translation>
    </message>
    <message>
        <source>The event was not queued: %1</source>
        <translation>Das Ereignis wurde nicht eingereiht: %1</translation>
    </message>
    <message>
        <source>Queued %1 for %2 (Event invocation)</source>
        <translation>%1 für %2 eingereiht (Event-Aufruf)</translation>
    </message>
    <message numerus="yes">
        <source>%n asynchronous events wait, but the engine cannot start: %1</source>
        <translation>
            <numerusform>%n asynchrones Ereignis wartet, aber die Engine kann nicht starten: %1</numerusform>
            <numerusform>%n asynchrone Ereignisse warten, aber die Engine kann nicht starten: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::AsyncRecordsModel</name>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>Eingereiht um</translation>
    </message>
</context>
<context>
    <name>Bullpen::AsyncView</name>
    <message>
        <source>Choose a record to see it as Lambda sent it.</source>
        <translation>Wählen Sie einen Eintrag, um ihn so zu sehen, wie Lambda ihn gesendet hat.</translation>
    </message>
    <message>
        <source>Open a project: its asynchronous (Event) invocations are listed here.</source>
        <translation>Öffnen Sie ein Projekt: Seine asynchronen Aufrufe (Event) werden hier aufgeführt.</translation>
    </message>
    <message>
        <source>%1 queued · %2 in flight · %3 retrying · %4 waiting for their function · %5 records in destination queues</source>
        <translation>%1 wartend · %2 laufend · %3 in Wiederholung · %4 warten auf ihre Funktion · %5 Einträge in Ziel-Warteschlangen</translation>
    </message>
</context>
<context>
    <name>Bullpen::BackendRegistry</name>
    <message>
        <source>Containers (automatic: crun or runc)</source>
        <translation>Container (automatisch: crun oder runc)</translation>
    </message>
    <message>
        <source>runc</source>
        <translation>runc</translation>
    </message>
    <message>
        <source>crun</source>
        <translation>crun</translation>
    </message>
    <message>
        <source>Docker Engine (Docker or Podman socket)</source>
        <translation>Docker Engine (Docker- oder Podman-Socket)</translation>
    </message>
    <message>
        <source>Plain processes (no isolation)</source>
        <translation>Einfache Prozesse (keine Isolation)</translation>
    </message>
</context>
<context>
    <name>Bullpen::BuildFeature</name>
    <message>
        <source>Build</source>
        <translation>Bauen</translation>
    </message>
</context>
<context>
    <name>Bullpen::BuildPanel</name>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Bauen</translation>
    </message>
    <message>
        <source>Build the project&apos;s functions and layers into .aws-sam/build (Ctrl+B)</source>
        <translation>Die Funktionen und Layer des Projekts nach .aws-sam/build bauen (Strg+B)</translation>
    </message>
    <message>
        <source>Not built in this session</source>
        <translation>In dieser Sitzung nicht gebaut</translation>
    </message>
    <message numerus="yes">
        <source>Built %n function(s) or layer(s)</source>
        <translation>
            <numerusform>%n Funktion oder Layer gebaut</numerusform>
            <numerusform>%n Funktionen oder Layer gebaut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n up to date</source>
        <translation>
            <numerusform>, %n aktuell</numerusform>
            <numerusform>, %n aktuell</numerusform>
        </translation>
    </message>
    <message>
        <source>Build failed: %1</source>
        <translation>Bauen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot build: %1</source>
        <translation>Bauen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Building…</source>
        <translation>Wird gebaut …</translation>
    </message>
</context>
<context>
    <name>Bullpen::Cli</name>
    <message numerus="yes">
        <source>  !! %1 of %n invocations failed: %2</source>
        <translation>
            <numerusform>  !! %1 von %n Aufruf fehlgeschlagen: %2</numerusform>
            <numerusform>  !! %1 von %n Aufrufen fehlgeschlagen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Measure cold starts, warm round trips, throughput and memory.</source>
        <translation>Kaltstarts, warme Umläufe, Durchsatz und Speicher messen.</translation>
    </message>
    <message>
        <source>One of %1 (default %2).</source>
        <translation>Eines von %1 (Standard %2).</translation>
    </message>
    <message>
        <source>Warm invocations to time (default 10000).</source>
        <translation>Zu messende warme Aufrufe (Standard 10000).</translation>
    </message>
    <message>
        <source>Cold starts to time (default 20).</source>
        <translation>Zu messende Kaltstarts (Standard 20).</translation>
    </message>
    <message>
        <source>Invocations for the endurance run (default 1000000; 0 skips it).</source>
        <translation>Aufrufe für den Dauerlauf (Standard 1000000; 0 überspringt ihn).</translation>
    </message>
    <message>
        <source>python, nodejs or both (default).</source>
        <translation>python, nodejs oder beide (Standard).</translation>
    </message>
    <message>
        <source>Alternating rounds of warm round trips with the pool event stream off and on (default 6; 0 skips it).</source>
        <translation>Abwechselnde Runden warmer Umläufe mit aus- und eingeschaltetem Ereignisstrom des Pools (Standard 6; 0 überspringt sie).</translation>
    </message>
    <message>
        <source>Measure the engine: cold starts, warm round trips, throughput, memory</source>
        <translation>Die Engine messen: Kaltstarts, warme Umläufe, Durchsatz, Speicher</translation>
    </message>
    <message>
        <source>Build a SAM project&apos;s functions and layers into .aws-sam/build.</source>
        <translation>Die Funktionen und Layer eines SAM-Projekts nach .aws-sam/build bauen.</translation>
    </message>
    <message>
        <source>Logical ids of the functions or layers to build (default: all).</source>
        <translation>Logische IDs der zu bauenden Funktionen oder Layer (Standard: alle).</translation>
    </message>
    <message>
        <source>The SAM template (default ./template.yaml).</source>
        <translation>Die SAM-Vorlage (Standard ./template.yaml).</translation>
    </message>
    <message>
        <source>The dependency cache (default $XDG_CACHE_HOME/Bullpen/deps, ~/.cache/Bullpen/deps when XDG_CACHE_HOME is not set).</source>
        <translation>Der Cache der Abhängigkeiten (Standard $XDG_CACHE_HOME/Bullpen/deps, ~/.cache/Bullpen/deps, wenn XDG_CACHE_HOME nicht gesetzt ist).</translation>
    </message>
    <message>
        <source>pip&apos;s configuration file (default: the user&apos;s pip.conf).</source>
        <translation>Die Konfigurationsdatei von pip (Standard: die pip.conf des Benutzers).</translation>
    </message>
    <message>
        <source>npm&apos;s configuration file (default: the user&apos;s ~/.npmrc).</source>
        <translation>Die Konfigurationsdatei von npm (Standard: die ~/.npmrc des Benutzers).</translation>
    </message>
    <message>
        <source>The backend whose sandbox runs pip, npm and make on the function&apos;s runtime image: one of %1 (default %2; process runs them on the host, isolating nothing).</source>
        <translation>Das Backend, dessen Sandbox pip, npm und make auf dem Laufzeit-Image der Funktion ausführt: eines von %1 (Standard %2; process führt sie auf dem Host aus und isoliert nichts).</translation>
    </message>
    <message>
        <source>Print only the summary and errors.</source>
        <translation>Nur die Zusammenfassung und Fehler ausgeben.</translation>
    </message>
    <message>
        <source>Built %1, %2 up to date, %3 dependency installs: %4</source>
        <translation>Gebaut: %1, aktuell: %2, Installationen von Abhängigkeiten: %3: %4</translation>
    </message>
    <message>
        <source>Build functions and layers as `sam build` does (into .aws-sam/build)</source>
        <translation>Funktionen und Layer bauen wie `sam build` (nach .aws-sam/build)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n functions; name one of: %2</source>
        <translation>
            <numerusform>%1 hat %n Funktion; nennen Sie eine davon: %2</numerusform>
            <numerusform>%1 hat %n Funktionen; nennen Sie eine davon: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no function &apos;%2&apos;; its functions are: %3</source>
        <translation>%1 hat keine Funktion „%2“; seine Funktionen sind: %3</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>cannot read the event from standard input</source>
        <translation>das Ereignis kann nicht von der Standardeingabe gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the event file %1: %2</source>
        <translation>die Ereignisdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the event in %1 is not valid JSON: line %2, column %3: %4. Lambda refuses it (InvalidRequestContentException); fix the file or pass --event with another one.</source>
        <translation>das Ereignis in %1 ist kein gültiges JSON: Zeile %2, Spalte %3: %4. Lambda lehnt es ab (InvalidRequestContentException); korrigieren Sie die Datei oder übergeben Sie mit --event eine andere.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>%1 has no function</source>
        <translation>%1 hat keine Funktion</translation>
    </message>
    <message>
        <source>Send the same event to several deployment targets (bullpen-targets.yaml) and compare the results: payloads as a JSON diff, errors, logs, and the figures with their spread. Exits 0 when equal, 1 when they differ, 3 when a target was down (and the rest equal).</source>
        <translation>Dasselbe Ereignis an mehrere Bereitstellungsziele (bullpen-targets.yaml) senden und die Ergebnisse vergleichen: Nutzdaten als JSON-Diff, Fehler, Protokolle und die Kennzahlen mit ihrer Streuung. Endet mit 0 bei Gleichheit, 1 bei Unterschieden, 3, wenn ein Ziel nicht erreichbar war (und der Rest gleich ist).</translation>
    </message>
    <message>
        <source>Logical id of the function (optional when the template has one).</source>
        <translation>Logische ID der Funktion (optional, wenn die Vorlage nur eine hat).</translation>
    </message>
    <message>
        <source>The event: a JSON file, or - for standard input (default {}).</source>
        <translation>Das Ereignis: eine JSON-Datei oder - für die Standardeingabe (Standard {}).</translation>
    </message>
    <message>
        <source>A target of bullpen-targets.yaml; give two or more.</source>
        <translation>Ein Ziel aus bullpen-targets.yaml; geben Sie zwei oder mehr an.</translation>
    </message>
    <message>
        <source>Send the event K times to each target (default 1).</source>
        <translation>Das Ereignis K-mal an jedes Ziel senden (Standard 1).</translation>
    </message>
    <message>
        <source>A JSON path whose differences do not count, e.g. $.body.time, &apos;headers.*&apos;, &apos;items[*].id&apos;, &apos;**.token&apos;.</source>
        <translation>Ein JSON-Pfad, dessen Unterschiede nicht zählen, z. B. $.body.time, &apos;headers.*&apos;, &apos;items[*].id&apos;, &apos;**.token&apos;.</translation>
    </message>
    <message>
        <source>Count request ids, timestamps and durations as differences too.</source>
        <translation>Anfrage-IDs, Zeitstempel und Dauern ebenfalls als Unterschiede zählen.</translation>
    </message>
    <message>
        <source>Count differing log lines (after the same normalisation).</source>
        <translation>Abweichende Protokollzeilen zählen (nach derselben Normalisierung).</translation>
    </message>
    <message>
        <source>Print the comparison as one JSON object.</source>
        <translation>Den Vergleich als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Keep what the comparison deployed (default: removed after).</source>
        <translation>Behalten, was der Vergleich bereitgestellt hat (Standard: danach entfernt).</translation>
    </message>
    <message>
        <source>Do not deploy to a target that has nothing deployed: report it down.</source>
        <translation>Nicht auf ein Ziel bereitstellen, auf dem nichts bereitgestellt ist: es als nicht erreichbar melden.</translation>
    </message>
    <message>
        <source>Run the code as it is: no build first.</source>
        <translation>Den Code so ausführen, wie er ist: vorher kein Build.</translation>
    </message>
    <message>
        <source>one FUNCTION at most, got: </source>
        <translation>höchstens eine FUNCTION, erhalten: </translation>
    </message>
    <message>
        <source>--repeat takes a whole number of at least 1</source>
        <translation>--repeat erwartet eine ganze Zahl von mindestens 1</translation>
    </message>
    <message>
        <source>name at least two targets with --target (%1 has: %2)</source>
        <translation>nennen Sie mit --target mindestens zwei Ziele (%1 hat: %2)</translation>
    </message>
    <message>
        <source>no target &apos;%1&apos; in %2; its targets are: %3</source>
        <translation>kein Ziel „%1“ in %2; seine Ziele sind: %3</translation>
    </message>
    <message>
        <source>target &apos;%1&apos; is named twice</source>
        <translation>das Ziel „%1“ ist zweimal genannt</translation>
    </message>
    <message>
        <source>the build failed: </source>
        <translation>der Build ist fehlgeschlagen: </translation>
    </message>
    <message>
        <source>stopping (signal %1); removing what it deployed</source>
        <translation>wird beendet (Signal %1); entfernt, was bereitgestellt wurde</translation>
    </message>
    <message>
        <source>Compare one event&apos;s results on several deployment targets</source>
        <translation>Die Ergebnisse eines Ereignisses auf mehreren Bereitstellungszielen vergleichen</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>unknown service &apos;%1&apos;; valid services: %2</source>
        <translation>unbekannter Dienst „%1“; gültige Dienste: %2</translation>
    </message>
    <message>
        <source>unknown event &apos;%1&apos; for service %2; valid events: %3</source>
        <translation>unbekanntes Ereignis „%1“ für den Dienst %2; gültige Ereignisse: %3</translation>
    </message>
    <message>
        <source>list takes at most one SERVICE</source>
        <translation>list nimmt höchstens einen SERVICE</translation>
    </message>
    <message>
        <source>show needs SERVICE EVENT</source>
        <translation>show braucht SERVICE EVENT</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>--param takes NAME=VALUE, not &apos;%1&apos;</source>
        <translation>--param erwartet NAME=VALUE, nicht „%1“</translation>
    </message>
    <message>
        <source>--now takes an ISO 8601 time such as 2024-01-02T03:04:05Z, not &apos;%1&apos;</source>
        <translation>--now erwartet eine ISO-8601-Zeit wie 2024-01-02T03:04:05Z, nicht „%1“</translation>
    </message>
    <message>
        <source>--seed takes a positive whole number</source>
        <translation>--seed erwartet eine positive ganze Zahl</translation>
    </message>
    <message>
        <source>generate needs SERVICE EVENT</source>
        <translation>generate braucht SERVICE EVENT</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos; for %2 %3; valid parameters: %4</source>
        <translation>unbekannter Parameter „%1“ für %2 %3; gültige Parameter: %4</translation>
    </message>
    <message>
        <source>validate needs FILE and optionally SERVICE EVENT</source>
        <translation>validate braucht FILE und optional SERVICE EVENT</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>a subcommand is needed: list, show, generate, validate</source>
        <translation>ein Unterbefehl ist nötig: list, show, generate, validate</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;; valid: list, show, generate, validate</source>
        <translation>unbekannter Unterbefehl „%1“; gültig: list, show, generate, validate</translation>
    </message>
    <message>
        <source>list, generate and validate event payloads</source>
        <translation>Ereignis-Nutzdaten auflisten, erzeugen und prüfen</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export what a function needs to run elsewhere: a Docker build context (--dockerfile), a Docker Swarm stack file (--stack) or EC2 user data (--user-data).</source>
        <translation>Exportieren, was eine Funktion braucht, um anderswo zu laufen: einen Docker-Build-Kontext (--dockerfile), eine Docker-Swarm-Stack-Datei (--stack) oder EC2-Benutzerdaten (--user-data).</translation>
    </message>
    <message>
        <source>A Docker build context in the folder -o: Dockerfile, code/ (as built) and opt/ (layers).</source>
        <translation>Ein Docker-Build-Kontext im Ordner -o: Dockerfile, code/ (wie gebaut) und opt/ (Layer).</translation>
    </message>
    <message>
        <source>A Docker Swarm stack file (docker stack deploy -c FILE).</source>
        <translation>Eine Docker-Swarm-Stack-Datei (docker stack deploy -c FILE).</translation>
    </message>
    <message>
        <source>EC2 user data (cloud-init) that installs Docker and runs the image.</source>
        <translation>EC2-Benutzerdaten (cloud-init), die Docker installieren und das Image ausführen.</translation>
    </message>
    <message>
        <source>--dockerfile: FROM Lambda&apos;s official image (official, default) or Bullpen&apos;s offline one (offline).</source>
        <translation>--dockerfile: FROM das offizielle Image von Lambda (official, Standard) oder das Offline-Image von Bullpen (offline).</translation>
    </message>
    <message>
        <source>--base official: the registry of Lambda&apos;s images (default $BULLPEN_RUNTIME_REGISTRY, else public.ecr.aws/lambda).</source>
        <translation>--base official: die Registry der Lambda-Images (Standard $BULLPEN_RUNTIME_REGISTRY, sonst public.ecr.aws/lambda).</translation>
    </message>
    <message>
        <source>--stack, --user-data: the function&apos;s image as the deployment pulls it (default &lt;function in lower case&gt;:latest).</source>
        <translation>--stack, --user-data: das Image der Funktion, wie die Bereitstellung es lädt (Standard &lt;Funktion in Kleinbuchstaben&gt;:latest).</translation>
    </message>
    <message>
        <source>The service&apos;s or container&apos;s name (default: the function in lower case).</source>
        <translation>Der Name des Dienstes oder Containers (Standard: die Funktion in Kleinbuchstaben).</translation>
    </message>
    <message>
        <source>The published port for the image&apos;s invoke port (default 9000).</source>
        <translation>Der veröffentlichte Port für den Aufruf-Port des Images (Standard 9000).</translation>
    </message>
    <message>
        <source>--stack: the service&apos;s replicas (default 2).</source>
        <translation>--stack: die Replikate des Dienstes (Standard 2).</translation>
    </message>
    <message>
        <source>Where to write: a folder for --dockerfile, a file (or - for standard output) otherwise.</source>
        <translation>Wohin geschrieben wird: ein Ordner bei --dockerfile, sonst eine Datei (oder - für die Standardausgabe).</translation>
    </message>
    <message>
        <source>--dockerfile: export the code as it is, without a build first.</source>
        <translation>--dockerfile: den Code so exportieren, wie er ist, ohne vorherigen Build.</translation>
    </message>
    <message>
        <source>say what to export: one of --dockerfile, --stack or --user-data</source>
        <translation>sagen Sie, was exportiert werden soll: eines von --dockerfile, --stack oder --user-data</translation>
    </message>
    <message>
        <source>say where to write it with -o PATH (- for standard output)</source>
        <translation>sagen Sie mit -o PATH, wohin geschrieben werden soll (- für die Standardausgabe)</translation>
    </message>
    <message>
        <source>--base is official or offline; got &apos;%1&apos;</source>
        <translation>--base ist official oder offline; erhalten: „%1“</translation>
    </message>
    <message>
        <source>--dockerfile writes a folder (Dockerfile, code/, opt/): name it with -o DIR</source>
        <translation>--dockerfile schreibt einen Ordner (Dockerfile, code/, opt/): nennen Sie ihn mit -o DIR</translation>
    </message>
    <message>
        <source>%1 is a container image function: its Dockerfile is %2 in %3 already</source>
        <translation>%1 ist eine Container-Image-Funktion: Ihr Dockerfile ist bereits %2 in %3</translation>
    </message>
    <message>
        <source>wrote %1 (FROM %2)
Build it with: docker build -t %3:latest %1</source>
        <translation>%1 geschrieben (FROM %2)
Bauen Sie es mit: docker build -t %3:latest %1</translation>
    </message>
    <message>
        <source>--port takes a port number; got &apos;%1&apos;</source>
        <translation>--port erwartet eine Portnummer; erhalten: „%1“</translation>
    </message>
    <message>
        <source>--replicas takes a whole number; got &apos;%1&apos;</source>
        <translation>--replicas erwartet eine ganze Zahl; erhalten: „%1“</translation>
    </message>
    <message>
        <source>wrote %1
Deploy it with: docker stack deploy -c %1 %2</source>
        <translation>%1 geschrieben
Stellen Sie es bereit mit: docker stack deploy -c %1 %2</translation>
    </message>
    <message>
        <source>wrote %1
Check it with: cloud-init schema --config-file %1</source>
        <translation>%1 geschrieben
Prüfen Sie es mit: cloud-init schema --config-file %1</translation>
    </message>
    <message>
        <source>Export a Dockerfile, Swarm stack or EC2 user data for a function</source>
        <translation>Ein Dockerfile, einen Swarm-Stack oder EC2-Benutzerdaten für eine Funktion exportieren</translation>
    </message>
    <message>
        <source>no image for runtime &apos;%1&apos;; images exist for: %2</source>
        <translation>kein Image für die Laufzeit „%1“; Images gibt es für: %2</translation>
    </message>
    <message>
        <source>(none in %1; build them with: bullpen images build)</source>
        <translation>(keine in %1; bauen Sie sie mit: bullpen images build)</translation>
    </message>
    <message>
        <source>no %1 image in %2 to import (bullpen images build %1)</source>
        <translation>kein %1-Image in %2 zum Importieren (bullpen images build %1)</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>(Docker daemon: %1)</source>
        <translation>(Docker-Daemon: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n stale image(s) removed</source>
        <translation>
            <numerusform>%n veraltetes Image entfernt</numerusform>
            <numerusform>%n veraltete Images entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Bullpen&apos;s runtime images, built offline from Debian&apos;s packages with mmdebstrap and laid out like Lambda&apos;s base images: runc runs on their unpacked root, the Docker backend on the image imported into the daemon.

  build [RUNTIME...]   build the images (default: every runtime) unless cached, then import
                       them into the Docker/Podman daemon when one answers; python-build,
                       nodejs-build and provided-build are the images builds run on (pip,
                       npm, make), made by `bullpen build` when it first needs one
  list                 the images in the cache and in the daemon
  remove [RUNTIME...]  remove the daemon&apos;s runtime images (all when none is named)
  prune                remove the stale images (earlier inputs) from the cache and the daemon
  pull [RUNTIME...]    use Lambda&apos;s official base images instead: pull them from the registry
                       (--registry, default $BULLPEN_RUNTIME_REGISTRY or public.ecr.aws/lambda)
                       with progress, and make them the Docker backend&apos;s runtime images</source>
        <translation>Die Laufzeit-Images von Bullpen, offline aus Debians Paketen mit mmdebstrap gebaut und aufgebaut wie die Basis-Images von Lambda: runc läuft auf ihrem entpackten Root, das Docker-Backend auf dem in den Daemon importierten Image.

  build [RUNTIME...]   die Images bauen (Standard: jede Laufzeit), sofern nicht im Cache, dann
                       in den Docker-/Podman-Daemon importieren, wenn einer antwortet; python-build,
                       nodejs-build und provided-build sind die Images, auf denen Builds laufen (pip,
                       npm, make), gebaut von `bullpen build`, sobald es eines braucht
  list                 die Images im Cache und im Daemon
  remove [RUNTIME...]  die Laufzeit-Images des Daemons entfernen (alle, wenn keine genannt ist)
  prune                die veralteten Images (frühere Eingaben) aus Cache und Daemon entfernen
  pull [RUNTIME...]    stattdessen die offiziellen Basis-Images von Lambda nutzen: sie aus der Registry
                       laden (--registry, Standard $BULLPEN_RUNTIME_REGISTRY oder public.ecr.aws/lambda),
                       mit Fortschritt, und sie zu den Laufzeit-Images des Docker-Backends machen</translation>
    </message>
    <message>
        <source>build, list, remove, prune or pull</source>
        <translation>build, list, remove, prune oder pull</translation>
    </message>
    <message>
        <source>python, nodejs, provided, an AWS runtime name (python3.12) or a build image (python-build, nodejs-build, provided-build).</source>
        <translation>python, nodejs, provided, ein AWS-Laufzeitname (python3.12) oder ein Build-Image (python-build, nodejs-build, provided-build).</translation>
    </message>
    <message>
        <source>The image cache (default: $BULLPEN_IMAGE_CACHE, else /var/cache/bullpen/images where writable, else ~/.cache/bullpen/images).</source>
        <translation>Der Image-Cache (Standard: $BULLPEN_IMAGE_CACHE, sonst /var/cache/bullpen/images, wo beschreibbar, sonst ~/.cache/bullpen/images).</translation>
    </message>
    <message>
        <source>Print only the start, the result and errors.</source>
        <translation>Nur den Start, das Ergebnis und Fehler ausgeben.</translation>
    </message>
    <message>
        <source>list: the cache&apos;s images as JSON.</source>
        <translation>list: die Images des Caches als JSON.</translation>
    </message>
    <message>
        <source>build: do not import into the Docker daemon.</source>
        <translation>build: nicht in den Docker-Daemon importieren.</translation>
    </message>
    <message>
        <source>build: import this root file system tarball instead of building one (it must hold /bin/sh and the runtime&apos;s interpreter).</source>
        <translation>build: dieses Tarball eines Root-Dateisystems importieren, statt eines zu bauen (es muss /bin/sh und den Interpreter der Laufzeit enthalten).</translation>
    </message>
    <message>
        <source>The daemon&apos;s socket (default: DOCKER_HOST, then the usual Docker and Podman sockets).</source>
        <translation>Der Socket des Daemons (Standard: DOCKER_HOST, dann die üblichen Sockets von Docker und Podman).</translation>
    </message>
    <message>
        <source>pull: the registry of the official images (default %1).</source>
        <translation>pull: die Registry der offiziellen Images (Standard %1).</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (build, list, remove, prune or pull)</source>
        <translation>unbekannte Aktion „%1“ (build, list, remove, prune oder pull)</translation>
    </message>
    <message>
        <source>%1 takes no runtime</source>
        <translation>%1 nimmt keine Laufzeit</translation>
    </message>
    <message>
        <source>%1 is a build image: Lambda publishes none to pull (SAM&apos;s build images are not Lambda&apos;s); build it with `bullpen images build %1`</source>
        <translation>%1 ist ein Build-Image: Lambda veröffentlicht keines zum Laden (die Build-Images von SAM sind nicht die von Lambda); bauen Sie es mit `bullpen images build %1`</translation>
    </message>
    <message numerus="yes">
        <source>removed %n image(s)</source>
        <translation>
            <numerusform>%n Image entfernt</numerusform>
            <numerusform>%n Images entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>built for runc; not imported into Docker (%1)</source>
        <translation>für runc gebaut; nicht in Docker importiert (%1)</translation>
    </message>
    <message>
        <source>build, list and remove the runtime images (offline, from Debian)</source>
        <translation>die Laufzeit-Images bauen, auflisten und entfernen (offline, aus Debian)</translation>
    </message>
    <message>
        <source>Invoke a function of an AWS SAM project locally.</source>
        <translation>Eine Funktion eines AWS-SAM-Projekts lokal aufrufen.</translation>
    </message>
    <message>
        <source>Invoke N times (default 1).</source>
        <translation>N-mal aufrufen (Standard 1).</translation>
    </message>
    <message>
        <source>At most C invocations in flight (default 1).</source>
        <translation>Höchstens C gleichzeitig laufende Aufrufe (Standard 1).</translation>
    </message>
    <message>
        <source>Seconds an idle instance stays warm (default 2700).</source>
        <translation>Sekunden, die eine untätige Instanz warm bleibt (Standard 2700).</translation>
    </message>
    <message>
        <source>A root file system folder for the containers (default: the host&apos;s).</source>
        <translation>Ein Ordner mit dem Root-Dateisystem für die Container (Standard: das des Hosts).</translation>
    </message>
    <message>
        <source>Print one JSON object per invocation per line.</source>
        <translation>Ein JSON-Objekt pro Aufruf und Zeile ausgeben.</translation>
    </message>
    <message>
        <source>Write the pool&apos;s event stream to FILE, one JSON object per line.</source>
        <translation>Den Ereignisstrom des Pools in FILE schreiben, ein JSON-Objekt pro Zeile.</translation>
    </message>
    <message>
        <source>Run the code as it is: no build first, even when its inputs changed.</source>
        <translation>Den Code so ausführen, wie er ist: vorher kein Build, auch wenn sich seine Eingaben geändert haben.</translation>
    </message>
    <message>
        <source>--concurrency takes a whole number of at least 1</source>
        <translation>--concurrency erwartet eine ganze Zahl von mindestens 1</translation>
    </message>
    <message>
        <source>--keep-alive takes a number of seconds, 0 or more</source>
        <translation>--keep-alive erwartet eine Anzahl Sekunden, 0 oder mehr</translation>
    </message>
    <message>
        <source>--backend is one of %1; got &apos;%2&apos;</source>
        <translation>--backend ist eines von %1; erhalten: „%2“</translation>
    </message>
    <message>
        <source>cannot write the trace file %1: %2</source>
        <translation>die Trace-Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not run: %2</source>
        <translation>%1 konnte nicht laufen: %2</translation>
    </message>
    <message>
        <source>%1 refused the event: %2: %3</source>
        <translation>%1 hat das Ereignis abgelehnt: %2: %3</translation>
    </message>
    <message>
        <source>stopping (signal %1); removing every instance</source>
        <translation>wird beendet (Signal %1); alle Instanzen werden entfernt</translation>
    </message>
    <message>
        <source>Invoke a function of a SAM project locally</source>
        <translation>Eine Funktion eines SAM-Projekts lokal aufrufen</translation>
    </message>
    <message>
        <source>The lessons: &apos;list&apos; names them; &apos;run NAME&apos; plays one through the engine (real containers) and reports each step&apos;s checks, decided on what actually happened. The lesson&apos;s project is the copy in the data folder (made on first use; edit it and run again), or --project.</source>
        <translation>Die Lektionen: „list“ nennt sie; „run NAME“ spielt eine mit der Engine durch (echte Container) und meldet die Prüfungen jedes Schritts, entschieden danach, was tatsächlich geschah. Das Projekt der Lektion ist die Kopie im Datenordner (beim ersten Gebrauch angelegt; bearbeiten Sie sie und starten Sie erneut) oder --project.</translation>
    </message>
    <message>
        <source>list or run</source>
        <translation>list oder run</translation>
    </message>
    <message>
        <source>The lesson (for run).</source>
        <translation>Die Lektion (für run).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>The texts&apos; language (default: the system&apos;s; en, de, pl).</source>
        <translation>Die Sprache der Texte (Standard: die des Systems; en, de, pl).</translation>
    </message>
    <message>
        <source>Run the lesson on this project folder instead of the data folder&apos;s copy.</source>
        <translation>Die Lektion auf diesem Projektordner statt auf der Kopie im Datenordner ausführen.</translation>
    </message>
    <message>
        <source>Replace the data folder&apos;s copy with the lesson&apos;s original first.</source>
        <translation>Die Kopie im Datenordner zuerst durch das Original der Lektion ersetzen.</translation>
    </message>
    <message>
        <source>list takes no lesson name</source>
        <translation>list nimmt keinen Lektionsnamen</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 (%n steps)</source>
        <translation>
            <numerusform>%1  %2 (%n Schritt)</numerusform>
            <numerusform>%1  %2 (%n Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <source>say list or run NAME</source>
        <translation>sagen Sie list oder run NAME</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: say list or run NAME</source>
        <translation>unbekannte Aktion „%1“: sagen Sie list oder run NAME</translation>
    </message>
    <message>
        <source>run takes one lesson name; the lessons are: %1</source>
        <translation>run nimmt einen Lektionsnamen; die Lektionen sind: %1</translation>
    </message>
    <message>
        <source>%1 has no template.yaml</source>
        <translation>%1 hat keine template.yaml</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>
Step %1/%2: %3</source>
        <translation>
Schritt %1/%2: %3</translation>
    </message>
    <message>
        <source>  ERROR %1</source>
        <translation>  FEHLER %1</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>  Notice: </source>
        <translation>  Beachten Sie: </translation>
    </message>
    <message>
        <source>
Every check passed.</source>
        <translation>
Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>
Some checks failed (see FAIL above).</source>
        <translation>
Einige Prüfungen sind fehlgeschlagen (siehe FEHLER oben).</translation>
    </message>
    <message>
        <source>List the lessons, or run one headless and report its checks</source>
        <translation>Die Lektionen auflisten oder eine ohne Fenster ausführen und ihre Prüfungen melden</translation>
    </message>
    <message>
        <source>--%1 takes a number of at least %2; got &apos;%3&apos;</source>
        <translation>--%1 erwartet eine Zahl von mindestens %2; erhalten: „%3“</translation>
    </message>
    <message>
        <source>Drive functions of an AWS SAM project open-loop: calls arrive by a shape (per POOL second) or by a recorded trace, whatever the calls before them are doing. Prints the summary: requests, cold starts, latency percentiles (cold and warm apart), throttles, errors, peak instances, GB-seconds and cost.</source>
        <translation>Funktionen eines AWS-SAM-Projekts im offenen Regelkreis belasten: Aufrufe kommen nach einer Form (pro POOL-Sekunde) oder nach einem aufgezeichneten Trace, egal, was die Aufrufe davor tun. Gibt die Zusammenfassung aus: Anfragen, Kaltstarts, Latenz-Perzentile (kalt und warm getrennt), Drosselungen, Fehler, Spitzenzahl der Instanzen, GB-Sekunden und Kosten.</translation>
    </message>
    <message>
        <source>Logical ids of the functions (a shape calls the first; an Azure trace maps onto all of them; default: the template&apos;s).</source>
        <translation>Logische IDs der Funktionen (eine Form ruft die erste auf; ein Azure-Trace verteilt sich auf alle; Standard: die der Vorlage).</translation>
    </message>
    <message>
        <source>The arrival process: </source>
        <translation>Der Ankunftsprozess: </translation>
    </message>
    <message>
        <source>Pool seconds of load (default 10 for a shape; a trace&apos;s own length).</source>
        <translation>Pool-Sekunden Last (Standard 10 bei einer Form; bei einem Trace dessen eigene Länge).</translation>
    </message>
    <message>
        <source>Poisson arrivals that follow the shape&apos;s rate.</source>
        <translation>Poisson-Ankünfte, die der Rate der Form folgen.</translation>
    </message>
    <message>
        <source>The Poisson generator&apos;s seed (default 1).</source>
        <translation>Der Startwert des Poisson-Generators (Standard 1).</translation>
    </message>
    <message>
        <source>Pool clock speed (default 1). Above 1 compresses arrivals and keep-alive; handlers still take real time, so the result is not a real-time one.</source>
        <translation>Geschwindigkeit der Pool-Uhr (Standard 1). Über 1 werden Ankünfte und Keep-Alive gestaucht; Handler brauchen weiter echte Zeit, daher ist das Ergebnis kein Echtzeitergebnis.</translation>
    </message>
    <message>
        <source>Calls in flight at most; later ones wait and are counted as queued (default 0: none).</source>
        <translation>Höchstzahl gleichzeitig laufender Aufrufe; spätere warten und zählen als eingereiht (Standard 0: keine).</translation>
    </message>
    <message>
        <source>Replay a CSV of &apos;offset_ms,function&apos; lines.</source>
        <translation>Eine CSV-Datei mit Zeilen &apos;offset_ms,function&apos; abspielen.</translation>
    </message>
    <message>
        <source>Replay an Azure Functions 2019 per-minute count file (its functions onto the FUNCTIONs round-robin, or by --azure-map).</source>
        <translation>Eine Datei mit Minutenzahlen von Azure Functions 2019 abspielen (ihre Funktionen reihum auf die FUNCTIONs verteilt oder nach --azure-map).</translation>
    </message>
    <message>
        <source>&apos;HashFunction,FUNCTION&apos; lines for --azure.</source>
        <translation>Zeilen &apos;HashFunction,FUNCTION&apos; für --azure.</translation>
    </message>
    <message>
        <source>The event every call sends: a JSON file (default {}).</source>
        <translation>Das Ereignis, das jeder Aufruf sendet: eine JSON-Datei (Standard {}).</translation>
    </message>
    <message>
        <source>Pool seconds an idle instance stays warm (default 2700).</source>
        <translation>Pool-Sekunden, die eine untätige Instanz warm bleibt (Standard 2700).</translation>
    </message>
    <message>
        <source>A root file system folder for the containers.</source>
        <translation>Ein Ordner mit dem Root-Dateisystem für die Container.</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Die Zusammenfassung als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Write one line per call (arrival, outcome, cold, latency, ...) to FILE.</source>
        <translation>Eine Zeile pro Aufruf (Ankunft, Ergebnis, kalt, Latenz, …) in FILE schreiben.</translation>
    </message>
    <message>
        <source>give exactly one of --shape, --trace-csv or --azure</source>
        <translation>geben Sie genau eines von --shape, --trace-csv oder --azure an</translation>
    </message>
    <message>
        <source>--azure-map goes with --azure</source>
        <translation>--azure-map gehört zu --azure</translation>
    </message>
    <message>
        <source>--max-concurrency takes a whole number</source>
        <translation>--max-concurrency erwartet eine ganze Zahl</translation>
    </message>
    <message>
        <source>--poisson goes with --shape (a trace has its own arrivals)</source>
        <translation>--poisson gehört zu --shape (ein Trace hat eigene Ankünfte)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n functions; name the one to load: %2</source>
        <translation>
            <numerusform>%1 hat %n Funktion; nennen Sie die zu belastende: %2</numerusform>
            <numerusform>%1 hat %n Funktionen; nennen Sie die zu belastende: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2 s</source>
        <translation>%1 für %2 s</translation>
    </message>
    <message>
        <source>the trace calls &apos;%1&apos;, which %2 does not have; its functions are: %3</source>
        <translation>der Trace ruft „%1“ auf, das %2 nicht hat; seine Funktionen sind: %3</translation>
    </message>
    <message>
        <source>trace %1</source>
        <translation>Trace %1</translation>
    </message>
    <message>
        <source>Azure trace %1</source>
        <translation>Azure-Trace %1</translation>
    </message>
    <message>
        <source>the load has no arrivals (a rate of 0, or too short)</source>
        <translation>die Last hat keine Ankünfte (Rate 0 oder zu kurz)</translation>
    </message>
    <message>
        <source>the event in %1 is not valid JSON: line %2, column %3: %4</source>
        <translation>das Ereignis in %1 ist kein gültiges JSON: Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>the build of %1 failed: %2</source>
        <translation>der Build von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n arrivals over %1 pool s (%2) on %3</source>
        <translation>
            <numerusform>%n Ankunft über %1 Pool-s (%2) auf %3</numerusform>
            <numerusform>%n Ankünfte über %1 Pool-s (%2) auf %3</numerusform>
        </translation>
    </message>
    <message>
        <source>the pool clock runs %1x: this is not a real-time result</source>
        <translation>die Pool-Uhr läuft %1-fach: dies ist kein Echtzeitergebnis</translation>
    </message>
    <message>
        <source>stopping (signal %1); the calls in flight finish</source>
        <translation>wird beendet (Signal %1); die laufenden Aufrufe werden abgeschlossen</translation>
    </message>
    <message>
        <source>no call reached an instance; the first said: %1</source>
        <translation>kein Aufruf hat eine Instanz erreicht; der erste meldete: %1</translation>
    </message>
    <message>
        <source>Drive functions open-loop with an arrival process or a trace</source>
        <translation>Funktionen im offenen Regelkreis mit einem Ankunftsprozess oder Trace belasten</translation>
    </message>
    <message>
        <source>A synthetic day of N functions from the paper&apos;s distributions (default 1000).</source>
        <translation>Ein synthetischer Tag mit N Funktionen aus den Verteilungen der Studie (Standard 1000).</translation>
    </message>
    <message>
        <source>How many days the synthetic trace lasts (default 1).</source>
        <translation>Wie viele Tage der synthetische Trace dauert (Standard 1).</translation>
    </message>
    <message>
        <source>A CSV of &apos;offset_ms,function&apos; lines.</source>
        <translation>Eine CSV-Datei mit Zeilen &apos;offset_ms,function&apos;.</translation>
    </message>
    <message>
        <source>An Azure Functions 2019 per-minute count file (each of its functions modelled on its own).</source>
        <translation>Eine Datei mit Minutenzahlen von Azure Functions 2019 (jede ihrer Funktionen für sich modelliert).</translation>
    </message>
    <message>
        <source>Execution time of a trace&apos;s calls (default 100).</source>
        <translation>Ausführungszeit der Aufrufe eines Traces (Standard 100).</translation>
    </message>
    <message>
        <source>Memory of a trace&apos;s functions in MB (default 128).</source>
        <translation>Speicher der Funktionen eines Traces in MB (Standard 128).</translation>
    </message>
    <message>
        <source>Also write the trace as &apos;offset_ms,function&apos; CSV.</source>
        <translation>Den Trace zusätzlich als CSV &apos;offset_ms,function&apos; schreiben.</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>Die Ergebnisse als JSON ausgeben.</translation>
    </message>
    <message>
        <source>application: one container per function serving every call, as the paper simulates (default); instance: one call per instance, scaling out, as Lambda and Bullpen&apos;s pool do.</source>
        <translation>application: ein Container pro Funktion bedient jeden Aufruf, wie die Studie simuliert (Standard); instance: ein Aufruf pro Instanz, mit Skalierung nach außen, wie Lambda und der Pool von Bullpen.</translation>
    </message>
    <message>
        <source>--containers takes &apos;application&apos; or &apos;instance&apos;, not &apos;%1&apos;</source>
        <translation>--containers erwartet &apos;application&apos; oder &apos;instance&apos;, nicht „%1“</translation>
    </message>
    <message>
        <source>give at most one of --synthetic, --trace-csv or --azure</source>
        <translation>geben Sie höchstens eines von --synthetic, --trace-csv oder --azure an</translation>
    </message>
    <message>
        <source>--days applies to the synthetic trace only, not to --trace-csv or --azure</source>
        <translation>--days gilt nur für den synthetischen Trace, nicht für --trace-csv oder --azure</translation>
    </message>
    <message>
        <source>--synthetic takes a number of functions, 1 or more</source>
        <translation>--synthetic erwartet eine Anzahl Funktionen, 1 oder mehr</translation>
    </message>
    <message>
        <source>--days takes a whole number of days from 1 to 28, not &apos;%1&apos;</source>
        <translation>--days erwartet eine ganze Zahl von Tagen von 1 bis 28, nicht „%1“</translation>
    </message>
    <message numerus="yes">
        <source>synthetic day, %n functions (seed %1)</source>
        <translation>
            <numerusform>synthetischer Tag, %n Funktion (Startwert %1)</numerusform>
            <numerusform>synthetischer Tag, %n Funktionen (Startwert %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>synthetic %1 days, %n functions (seed %2)</source>
        <translation>
            <numerusform>synthetisch %1 Tage, %n Funktion (Startwert %2)</numerusform>
            <numerusform>synthetisch %1 Tage, %n Funktionen (Startwert %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Trace: %1: %2, %3 over %4 h (made in %5 s); containers %6</source>
        <translation>Trace: %1: %2, %3 über %4 h (erzeugt in %5 s); Container %6</translation>
    </message>
    <message numerus="yes">
        <source>%n functions</source>
        <translation>
            <numerusform>%n Funktion</numerusform>
            <numerusform>%n Funktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calls</source>
        <translation>
            <numerusform>%n Aufruf</numerusform>
            <numerusform>%n Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>cold %</source>
        <translation>kalt %</translation>
    </message>
    <message>
        <source>p75 fn cold %</source>
        <translation>p75 Fkt. kalt %</translation>
    </message>
    <message>
        <source>wasted GB-s</source>
        <translation>verschw. GB-s</translation>
    </message>
    <message>
        <source>vs fixed 10</source>
        <translation>ggü. fest 10</translation>
    </message>
    <message numerus="yes">
        <source>Model: %n policies in %1 s (%2 s per policy)</source>
        <translation>
            <numerusform>Modell: %n Strategie in %1 s (%2 s pro Strategie)</numerusform>
            <numerusform>Modell: %n Strategien in %1 s (%2 s pro Strategie)</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare keep-alive policies on a trace through the pool&apos;s model</source>
        <translation>Keep-Alive-Strategien an einem Trace mit dem Modell des Pools vergleichen</translation>
    </message>
    <message>
        <source>Usage: bullpen [FILE]            open the Bullpen window (bullpen-gui)
       bullpen COMMAND [ARGS]    run a command without a window

Commands:
</source>
        <translation>Aufruf: bullpen [FILE]            das Bullpen-Fenster öffnen (bullpen-gui)
        bullpen COMMAND [ARGS]    einen Befehl ohne Fenster ausführen

Befehle:
</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help    Displays this help.
  --version     Displays version information.

Run &apos;bullpen COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Optionen:
  -h, --help    Zeigt diese Hilfe an.
  --version     Zeigt die Versionsinformationen an.

Mit &apos;bullpen COMMAND --help&apos; sehen Sie die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>Report what differs for a function between the local pool (the Lambda-shaped sandbox) and a deployment target, from a probe run beside the function in both.</source>
        <translation>Melden, was sich für eine Funktion zwischen dem lokalen Pool (der Lambda-förmigen Sandbox) und einem Bereitstellungsziel unterscheidet, anhand einer Sonde, die in beiden neben der Funktion läuft.</translation>
    </message>
    <message>
        <source>The target, by its name in bullpen-targets.yaml.</source>
        <translation>Das Ziel, mit seinem Namen in bullpen-targets.yaml.</translation>
    </message>
    <message>
        <source>Markdown (the default).</source>
        <translation>Markdown (Standard).</translation>
    </message>
    <message>
        <source>An HTML page.</source>
        <translation>Eine HTML-Seite.</translation>
    </message>
    <message>
        <source>JSON: the items and both probes&apos; answers.</source>
        <translation>JSON: die Punkte und die Antworten beider Sonden.</translation>
    </message>
    <message>
        <source>Write the report to FILE (default standard output).</source>
        <translation>Den Bericht in FILE schreiben (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>The local pool&apos;s backend: one of %1 (default %2).</source>
        <translation>Das Backend des lokalen Pools: eines von %1 (Standard %2).</translation>
    </message>
    <message>
        <source>one of --markdown, --html or --json</source>
        <translation>eines von --markdown, --html oder --json</translation>
    </message>
    <message>
        <source>name the target to compare with: --target NAME (bullpen targets list)</source>
        <translation>nennen Sie das Vergleichsziel: --target NAME (bullpen targets list)</translation>
    </message>
    <message>
        <source>%1 has no target &apos;%2&apos;; its targets are: %3</source>
        <translation>%1 hat kein Ziel „%2“; seine Ziele sind: %3</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n difference(s) between the local pool and %2 (%3 in what the code names)</source>
        <translation>
            <numerusform>%1: %n Unterschied zwischen dem lokalen Pool und %2 (%3 in dem, was der Code nennt)</numerusform>
            <numerusform>%1: %n Unterschiede zwischen dem lokalen Pool und %2 (%3 in dem, was der Code nennt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Report what differs for a function between the local pool and a target</source>
        <translation>Melden, was sich für eine Funktion zwischen dem lokalen Pool und einem Ziel unterscheidet</translation>
    </message>
    <message>
        <source>Serve the functions of an AWS SAM project through Lambda&apos;s Invoke API, for the AWS CLI and SDKs (--endpoint-url), until Ctrl+C.</source>
        <translation>Die Funktionen eines AWS-SAM-Projekts über die Invoke-API von Lambda bereitstellen, für die AWS CLI und SDKs (--endpoint-url), bis Strg+C.</translation>
    </message>
    <message>
        <source>The address to listen on (default 127.0.0.1). Any other than loopback lets other machines invoke your functions.</source>
        <translation>Die Adresse, auf der gelauscht wird (Standard 127.0.0.1). Jede andere als Loopback lässt andere Rechner Ihre Funktionen aufrufen.</translation>
    </message>
    <message>
        <source>The Lambda Invoke API&apos;s port (default 3001, as SAM&apos;s; 0 picks a free port).</source>
        <translation>Der Port der Lambda-Invoke-API (Standard 3001, wie bei SAM; 0 wählt einen freien Port).</translation>
    </message>
    <message>
        <source>The API Gateway emulation&apos;s port (default 3000, as SAM&apos;s; 0 picks a free port).</source>
        <translation>Der Port der API-Gateway-Emulation (Standard 3000, wie bei SAM; 0 wählt einen freien Port).</translation>
    </message>
    <message>
        <source>Serve the code as it is: no build first, even when its inputs changed.</source>
        <translation>Den Code so bereitstellen, wie er ist: vorher kein Build, auch wenn sich seine Eingaben geändert haben.</translation>
    </message>
    <message>
        <source>Require requests signed (SigV4) with this AWS profile&apos;s keys, from ~/.aws/credentials or ~/.aws/config; wrong, expired and missing signatures are refused as AWS refuses them. Off by default: any credentials are taken, as SAM does.</source>
        <translation>Mit den Schlüsseln dieses AWS-Profils (aus ~/.aws/credentials oder ~/.aws/config) signierte Anfragen (SigV4) verlangen; falsche, abgelaufene und fehlende Signaturen werden abgelehnt, wie AWS sie ablehnt. Standardmäßig aus: beliebige Anmeldeinformationen werden angenommen, wie bei SAM.</translation>
    </message>
    <message>
        <source>The AWS Region the functions&apos; ARNs and AWS_REGION name (default: AWS_REGION, AWS_DEFAULT_REGION or the profile&apos;s region, as the AWS CLI reads them; else %1, as SAM&apos;s).</source>
        <translation>Die AWS-Region, die die ARNs der Funktionen und AWS_REGION nennen (Standard: AWS_REGION, AWS_DEFAULT_REGION oder die Region des Profils, wie die AWS CLI sie liest; sonst %1, wie bei SAM).</translation>
    </message>
    <message>
        <source>The 12-digit account id in the functions&apos; ARNs (default %1, as SAM&apos;s).</source>
        <translation>Die 12-stellige Konto-ID in den ARNs der Funktionen (Standard %1, wie bei SAM).</translation>
    </message>
    <message>
        <source>takes no arguments besides options, got: </source>
        <translation>nimmt außer Optionen keine Argumente, erhalten: </translation>
    </message>
    <message>
        <source>--lambda-port takes a port number from 0 to 65535; got &apos;%1&apos;</source>
        <translation>--lambda-port erwartet eine Portnummer von 0 bis 65535; erhalten: „%1“</translation>
    </message>
    <message>
        <source>--api-port takes a port number from 0 to 65535; got &apos;%1&apos;</source>
        <translation>--api-port erwartet eine Portnummer von 0 bis 65535; erhalten: „%1“</translation>
    </message>
    <message>
        <source>--host takes an IP address (127.0.0.1, ::1, 0.0.0.0, ...); got &apos;%1&apos;</source>
        <translation>--host erwartet eine IP-Adresse (127.0.0.1, ::1, 0.0.0.0, …); erhalten: „%1“</translation>
    </message>
    <message>
        <source>--region takes an AWS Region name such as us-east-1 or eu-central-1; got &apos;%1&apos;%2</source>
        <translation>--region erwartet den Namen einer AWS-Region wie us-east-1 oder eu-central-1; erhalten: „%1“%2</translation>
    </message>
    <message>
        <source> (from the AWS configuration)</source>
        <translation> (aus der AWS-Konfiguration)</translation>
    </message>
    <message>
        <source>--account-id takes 12 digits (an AWS account id); got &apos;%1&apos;</source>
        <translation>--account-id erwartet 12 Ziffern (eine AWS-Konto-ID); erhalten: „%1“</translation>
    </message>
    <message>
        <source>%1 has no functions to serve</source>
        <translation>%1 hat keine Funktionen zum Bereitstellen</translation>
    </message>
    <message>
        <source>%1. Choose other ports with --lambda-port and --api-port (0 picks a free one).</source>
        <translation>%1. Wählen Sie andere Ports mit --lambda-port und --api-port (0 wählt einen freien).</translation>
    </message>
    <message>
        <source>SigV4 required: requests must be signed with the keys of profile %1</source>
        <translation>SigV4 verlangt: Anfragen müssen mit den Schlüsseln des Profils %1 signiert sein</translation>
    </message>
    <message>
        <source>warning: %1 is not a loopback address: anyone who can reach this machine on port %2 with the profile&apos;s keys can invoke these functions.</source>
        <translation>Warnung: %1 ist keine Loopback-Adresse: Jeder, der diesen Rechner auf Port %2 erreicht und die Schlüssel des Profils hat, kann diese Funktionen aufrufen.</translation>
    </message>
    <message>
        <source>warning: %1 is not a loopback address: anyone who can reach this machine on port %2 can invoke these functions, with no signature check.</source>
        <translation>Warnung: %1 ist keine Loopback-Adresse: Jeder, der diesen Rechner auf Port %2 erreicht, kann diese Funktionen ohne Signaturprüfung aufrufen.</translation>
    </message>
    <message>
        <source>serving %1 with the %2 backend: %3 (region %4, account %5)</source>
        <translation>stelle %1 mit dem Backend %2 bereit: %3 (Region %4, Konto %5)</translation>
    </message>
    <message>
        <source>try: aws lambda invoke --endpoint-url %1 --function-name %2 out.json; Ctrl+C stops.</source>
        <translation>probieren Sie: aws lambda invoke --endpoint-url %1 --function-name %2 out.json; Strg+C beendet.</translation>
    </message>
    <message>
        <source>warning: %1; no schedule or keep-warm fires</source>
        <translation>Warnung: %1; kein Zeitplan und kein Warmhalten wird ausgelöst</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>Warnung: %1: %2</translation>
    </message>
    <message>
        <source>keep-warm (%1)</source>
        <translation>Warmhalten (%1)</translation>
    </message>
    <message>
        <source>%1 fires on schedule: %2</source>
        <translation>%1 wird nach Zeitplan ausgelöst: %2</translation>
    </message>
    <message>
        <source>route %1</source>
        <translation>Route %1</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>the engine took over 10 s to stop; exiting anyway</source>
        <translation>die Engine brauchte über 10 s zum Anhalten; wird trotzdem beendet</translation>
    </message>
    <message>
        <source>Serve the functions through Lambda&apos;s Invoke API (aws --endpoint-url)</source>
        <translation>Die Funktionen über die Invoke-API von Lambda bereitstellen (aws --endpoint-url)</translation>
    </message>
    <message>
        <source>backend %1</source>
        <translation>Backend %1</translation>
    </message>
    <message>
        <source>(the configured one)</source>
        <translation>(das eingestellte)</translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n Replikat</numerusform>
            <numerusform>%n Replikate</numerusform>
        </translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>SigV4 with profile %1</source>
        <translation>SigV4 mit Profil %1</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>qualifier %1</source>
        <translation>Qualifizierer %1</translation>
    </message>
    <message>
        <source>the template has no function &apos;%1&apos; (it has: %2)</source>
        <translation>die Vorlage hat keine Funktion „%1“ (sie hat: %2)</translation>
    </message>
    <message>
        <source>Targets of %1:</source>
        <translation>Ziele von %1:</translation>
    </message>
    <message>
        <source>  (not probed: Bullpen did not deploy it)</source>
        <translation>  (nicht geprüft: Bullpen hat es nicht bereitgestellt)</translation>
    </message>
    <message>
        <source>failed: </source>
        <translation>fehlgeschlagen: </translation>
    </message>
    <message>
        <source>The project&apos;s deployment targets (bullpen-targets.yaml beside the template):
  list                       the targets and their settings
  check [NAME...]            each target&apos;s health: ready, down with the reason, not deployed
  up [NAME...]               deploy the functions (build the image, start the container or service)
  down [NAME...]             remove what Bullpen made there (containers, services)
  invoke NAME FUNCTION       send one event to one target</source>
        <translation>Die Bereitstellungsziele des Projekts (bullpen-targets.yaml neben der Vorlage):
  list                       die Ziele und ihre Einstellungen
  check [NAME...]            der Zustand jedes Ziels: bereit, nicht erreichbar mit Grund, nicht bereitgestellt
  up [NAME...]               die Funktionen bereitstellen (Image bauen, Container oder Dienst starten)
  down [NAME...]             entfernen, was Bullpen dort angelegt hat (Container, Dienste)
  invoke NAME FUNCTION       ein Ereignis an ein Ziel senden</translation>
    </message>
    <message>
        <source>list, check, up, down or invoke</source>
        <translation>list, check, up, down oder invoke</translation>
    </message>
    <message>
        <source>Only this function (by logical id); repeatable. Default: every function.</source>
        <translation>Nur diese Funktion (nach logischer ID); wiederholbar. Standard: jede Funktion.</translation>
    </message>
    <message>
        <source>Print JSON (list, check, invoke).</source>
        <translation>JSON ausgeben (list, check, invoke).</translation>
    </message>
    <message>
        <source>up: where the Docker daemon is in no swarm, create a single-node one (listening on 127.0.0.1 only).</source>
        <translation>up: wenn der Docker-Daemon in keinem Swarm ist, einen mit einem Knoten anlegen (lauscht nur auf 127.0.0.1).</translation>
    </message>
    <message>
        <source>down: afterwards, leave the swarm if Bullpen created it and nothing else runs there.</source>
        <translation>down: danach den Swarm verlassen, wenn Bullpen ihn angelegt hat und dort nichts anderes läuft.</translation>
    </message>
    <message>
        <source>up, invoke: use the code as it is, without a build.</source>
        <translation>up, invoke: den Code so verwenden, wie er ist, ohne Build.</translation>
    </message>
    <message>
        <source>The local pool&apos;s backend where its target names none: one of %1 (default %2).</source>
        <translation>Das Backend des lokalen Pools, wo sein Ziel keines nennt: eines von %1 (Standard %2).</translation>
    </message>
    <message>
        <source>invoke: the event, a JSON file (default {}).</source>
        <translation>invoke: das Ereignis, eine JSON-Datei (Standard {}).</translation>
    </message>
    <message>
        <source>invoke: the event as JSON text.</source>
        <translation>invoke: das Ereignis als JSON-Text.</translation>
    </message>
    <message>
        <source>name an action: list, check, up, down or invoke (see --help)</source>
        <translation>nennen Sie eine Aktion: list, check, up, down oder invoke (siehe --help)</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: list, check, up, down or invoke</source>
        <translation>unbekannte Aktion „%1“: list, check, up, down oder invoke</translation>
    </message>
    <message>
        <source>give the event with --event or --payload, not both</source>
        <translation>geben Sie das Ereignis mit --event oder --payload an, nicht mit beiden</translation>
    </message>
    <message>
        <source>cannot read the event %1: %2</source>
        <translation>das Ereignis %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the event is not JSON: %1</source>
        <translation>das Ereignis ist kein JSON: %1</translation>
    </message>
    <message>
        <source>invoke takes a target and a function: bullpen targets invoke NAME FUNCTION</source>
        <translation>invoke nimmt ein Ziel und eine Funktion: bullpen targets invoke NAME FUNCTION</translation>
    </message>
    <message>
        <source>no target &apos;%1&apos; in %2 (it has: %3)</source>
        <translation>kein Ziel „%1“ in %2 (es hat: %3)</translation>
    </message>
    <message>
        <source>Deployment targets: list, check, up, down, invoke (bullpen-targets.yaml)</source>
        <translation>Bereitstellungsziele: list, check, up, down, invoke (bullpen-targets.yaml)</translation>
    </message>
    <message>
        <source>bullpen: cannot start the window, %1: %2
The window is a separate program (package bullpen); the command line works without it:
run &apos;bullpen --help&apos; for its commands.
</source>
        <translation>bullpen: das Fenster kann nicht gestartet werden, %1: %2
Das Fenster ist ein eigenes Programm (Paket bullpen); die Befehlszeile funktioniert ohne es:
&apos;bullpen --help&apos; nennt ihre Befehle.
</translation>
    </message>
    <message>
        <source>bullpen: unknown command &apos;%1&apos;

</source>
        <translation>bullpen: unbekannter Befehl „%1“

</translation>
    </message>
    <message>
        <source>stopped at once (signal %1): what it deployed may remain (bullpen targets down)</source>
        <translation>sofort beendet (Signal %1): Bereitgestelltes kann übrig bleiben (bullpen targets down)</translation>
    </message>
    <message>
        <source>Replay a trace through the warm pool&apos;s model (no containers) under keep-alive policies: none, fixed 1, 5, 10, 20, 45, 60 and 120 minutes, and the hybrid histogram policy of Shahrad et al. (USENIX ATC 2020) with the histogram ranges its Fig. 15 compares (2, 3 and 4 hours). Prints each policy&apos;s cold starts and wasted memory (idle warm instance time x memory), normalised to fixed 10 minutes.</source>
        <translation>Einen Trace durch das Modell des Warm-Pools (ohne Container) unter Keep-Alive-Strategien abspielen: keine, fest 1, 5, 10, 20, 45, 60 und 120 Minuten und die hybride Histogramm-Strategie von Shahrad et al. (USENIX ATC 2020) mit den Histogrammbereichen, die ihre Abb. 15 vergleicht (2, 3 und 4 Stunden). Gibt für jede Strategie die Kaltstarts und den verschwendeten Speicher (Leerlaufzeit warmer Instanzen × Speicher) aus, bezogen auf fest 10 Minuten.</translation>
    </message>
    <message>
        <source>Days of the same applications&apos; calls before the synthetic trace: the policies learn from them, only the trace&apos;s own calls and idle time count (default 0).</source>
        <translation>Tage mit Aufrufen derselben Anwendungen vor dem synthetischen Trace: Die Strategien lernen daraus, gezählt werden nur die eigenen Aufrufe und Leerlaufzeiten des Trace (Standard 0).</translation>
    </message>
    <message>
        <source>--warm-up applies to the synthetic trace only, not to --trace-csv or --azure</source>
        <translation>--warm-up gilt nur für den synthetischen Trace, nicht für --trace-csv oder --azure</translation>
    </message>
    <message>
        <source>--warm-up takes a whole number of days from 0 to 14, not &apos;%1&apos;</source>
        <translation>--warm-up erwartet eine ganze Zahl von Tagen von 0 bis 14, nicht „%1“</translation>
    </message>
    <message numerus="yes">
        <source>, after %n day(s) of warm-up</source>
        <translation>
            <numerusform>, nach %n Tag Aufwärmzeit</numerusform>
            <numerusform>, nach %n Tagen Aufwärmzeit</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped at once (signal %1): the probe&apos;s container or service may remain (labelled io.bullpen.target=%2)</source>
        <translation>sofort beendet (Signal %1): Container oder Dienst der Sonde können übrig bleiben (Label io.bullpen.target=%2)</translation>
    </message>
    <message>
        <source>stopping (signal %1); removing the probe&apos;s deployment</source>
        <translation>wird beendet (Signal %1); die Bereitstellung der Sonde wird entfernt</translation>
    </message>
    <message>
        <source>The functions&apos; MemorySize in MB (default 512); their CPU share follows it, as on Lambda.</source>
        <translation>MemorySize der Funktionen in MB (Standard 512); ihr CPU-Anteil folgt daraus, wie bei Lambda.</translation>
    </message>
    <message>
        <source>NOT SHOWN HERE</source>
        <translation>HIER NICHT GEZEIGT</translation>
    </message>
    <message numerus="yes">
        <source>
Every check passed that this machine can show; %n could not be shown here (see NOT SHOWN HERE above).</source>
        <translation>
            <numerusform>
Jede Prüfung, die dieser Rechner zeigen kann, ist bestanden; %n konnte hier nicht gezeigt werden (siehe HIER NICHT GEZEIGT oben).</numerusform>
            <numerusform>
Jede Prüfung, die dieser Rechner zeigen kann, ist bestanden; %n konnten hier nicht gezeigt werden (siehe HIER NICHT GEZEIGT oben).</numerusform>
        </translation>
    </message>
    <message>
        <source>The version to invoke: the function&apos;s AutoPublishAlias, 1 (the version the alias runs) or $LATEST (default: the alias when the function has one, as the window invokes it, else $LATEST). SnapStart applies to the alias and version 1 only.</source>
        <translation>Die aufzurufende Version: der AutoPublishAlias der Funktion, 1 (die Version, die der Alias ausführt) oder $LATEST (Standard: der Alias, wenn die Funktion einen hat, wie das Fenster sie aufruft, sonst $LATEST). SnapStart gilt nur für den Alias und Version 1.</translation>
    </message>
    <message>
        <source>For teaching: SnapStart on every invocation, $LATEST included, with or without the template&apos;s SnapStart (Lambda applies it to published versions only).</source>
        <translation>Zum Lernen: SnapStart bei jedem Aufruf, auch bei $LATEST, mit oder ohne SnapStart der Vorlage (Lambda wendet es nur auf veröffentlichte Versionen an).</translation>
    </message>
    <message>
        <source>%1 has no version &apos;%2&apos;: it has only $LATEST (no AutoPublishAlias)</source>
        <translation>%1 hat keine Version „%2“: Sie hat nur $LATEST (kein AutoPublishAlias)</translation>
    </message>
    <message>
        <source>%1 has no version &apos;%2&apos;: it has $LATEST, its alias %3 and version 1, which the alias runs</source>
        <translation>%1 hat keine Version „%2“: Sie hat $LATEST, ihren Alias %3 und Version 1, die der Alias ausführt</translation>
    </message>
</context>
<context>
    <name>Bullpen::CodeEditor</name>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not open “%1”: it is not UTF-8 text.</source>
        <translation>„%1“ konnte nicht geöffnet werden: Es ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>“%1” has no file name yet; use Save As.</source>
        <translation>„%1“ hat noch keinen Dateinamen; verwenden Sie „Speichern unter“.</translation>
    </message>
    <message>
        <source>Could not save: no file name was given.</source>
        <translation>Speichern nicht möglich: Es wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>&amp;Syntax</source>
        <translation>&amp;Syntax</translation>
    </message>
    <message>
        <source>Plain Text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Automatic (follow the system colours)</source>
        <translation>&amp;Automatisch (den Systemfarben folgen)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>Erse&amp;tzen …</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>Gehe zu &amp;Zeile …</translation>
    </message>
    <message>
        <source>Toggle &amp;Comment</source>
        <translation>K&amp;ommentar umschalten</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Line (1 – %1):</source>
        <translation>Zeile (1 – %1):</translation>
    </message>
</context>
<context>
    <name>Bullpen::ColdStartPhasesText</name>
    <message>
        <source>Sandbox created</source>
        <translation>Sandbox erstellt</translation>
    </message>
    <message>
        <source>Process started</source>
        <translation>Prozess gestartet</translation>
    </message>
    <message>
        <source>Interpreter up</source>
        <translation>Interpreter bereit</translation>
    </message>
    <message>
        <source>Runtime bootstrap ready</source>
        <translation>Bootstrap der Laufzeit bereit</translation>
    </message>
    <message>
        <source>Handler imported (init code run)</source>
        <translation>Handler importiert (Init-Code ausgeführt)</translation>
    </message>
    <message>
        <source>First /next</source>
        <translation>Erstes /next</translation>
    </message>
    <message>
        <source>%1 … %2 (not told apart): %3 ms</source>
        <translation>%1 … %2 (nicht unterschieden): %3 ms</translation>
    </message>
    <message>
        <source>%1: %2 ms</source>
        <translation>%1: %2 ms</translation>
    </message>
    <message>
        <source>Cold start, from asking for a sandbox: %1 ms</source>
        <translation>Kaltstart, ab der Anforderung einer Sandbox: %1 ms</translation>
    </message>
</context>
<context>
    <name>Bullpen::CompareController</name>
    <message>
        <source>The targets file cannot be used: %1</source>
        <translation>Die Zieldatei kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The template has no function %1.</source>
        <translation>Die Vorlage hat keine Funktion %1.</translation>
    </message>
    <message>
        <source>The event %1 cannot be read: %2</source>
        <translation>Das Ereignis %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation>%1 wird vorbereitet …</translation>
    </message>
    <message>
        <source>The build failed: %1</source>
        <translation>Der Build ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 has no target &apos;%2&apos;</source>
        <translation>%1 hat kein Ziel „%2“</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
</context>
<context>
    <name>Bullpen::CompareFeature</name>
    <message>
        <source>Compare Targets</source>
        <translation>Ziele vergleichen</translation>
    </message>
    <message>
        <source>Compare &amp;Targets…</source>
        <translation>&amp;Ziele vergleichen …</translation>
    </message>
    <message>
        <source>Send the event to several deployment targets and compare the results (Ctrl+Alt+C)</source>
        <translation>Das Ereignis an mehrere Bereitstellungsziele senden und die Ergebnisse vergleichen (Strg+Alt+C)</translation>
    </message>
</context>
<context>
    <name>Bullpen::CompareModel</name>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>in Ordnung</translation>
    </message>
    <message numerus="yes">
        <source>run(s) %1</source>
        <translation>
            <numerusform>Lauf %1</numerusform>
            <numerusform>Läufe %1</numerusform>
        </translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft …</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>down</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>up</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>down: %1</source>
        <translation>nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>up (reference)</source>
        <translation>erreichbar (Referenz)</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>; not counted: %1</source>
        <translation>; nicht gezählt: %1</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>Payload (run 1)</source>
        <translation>Nutzdaten (Lauf 1)</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message numerus="yes">
        <source>median, min–max over %n run(s)</source>
        <translation>
            <numerusform>Median, Min–Max über %n Lauf</numerusform>
            <numerusform>Median, Min–Max über %n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n calls</source>
        <translation>
            <numerusform>%1 von %n Aufruf</numerusform>
            <numerusform>%1 von %n Aufrufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::CompareView</name>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>The project&apos;s targets (bullpen-targets.yaml); Space ticks one</source>
        <translation>Die Ziele des Projekts (bullpen-targets.yaml); die Leertaste hakt eines an</translation>
    </message>
    <message>
        <source>How many times the event goes to each target (K)</source>
        <translation>Wie oft das Ereignis an jedes Ziel geht (K)</translation>
    </message>
    <message>
        <source>run </source>
        <translation>Lauf </translation>
    </message>
    <message>
        <source>The run whose logs are compared</source>
        <translation>Der Lauf, dessen Protokolle verglichen werden</translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation>F&amp;unktion:</translation>
    </message>
    <message>
        <source>Eve&amp;nt:</source>
        <translation>Erei&amp;gnis:</translation>
    </message>
    <message>
        <source>Tar&amp;gets:</source>
        <translation>&amp;Ziele:</translation>
    </message>
    <message>
        <source>Runs (&amp;X):</source>
        <translation>Läufe (&amp;X):</translation>
    </message>
    <message>
        <source>Red: differs; yellow: differs but is not counted (hover for why); grey: down</source>
        <translation>Rot: unterschiedlich; gelb: unterschiedlich, aber nicht gezählt (Mauszeiger darüber zeigt, warum); grau: nicht erreichbar</translation>
    </message>
    <message>
        <source>JSON diff</source>
        <translation>JSON-Diff</translation>
    </message>
    <message>
        <source>Log diff</source>
        <translation>Protokoll-Diff</translation>
    </message>
    <message>
        <source>Choose two or more targets and press Ctrl+Return.</source>
        <translation>Wählen Sie zwei oder mehr Ziele und drücken Sie Strg+Eingabe.</translation>
    </message>
    <message>
        <source>{} (empty event)</source>
        <translation>{} (leeres Ereignis)</translation>
    </message>
    <message>
        <source>Open a project with a function first.</source>
        <translation>Öffnen Sie zuerst ein Projekt mit einer Funktion.</translation>
    </message>
    <message>
        <source>Tick two or more targets to compare (Space in the list).</source>
        <translation>Haken Sie zwei oder mehr Ziele zum Vergleichen an (Leertaste in der Liste).</translation>
    </message>
    <message numerus="yes">
        <source>Comparing on %1, %n run(s) each…</source>
        <translation>
            <numerusform>Vergleich auf %1, je %n Lauf …</numerusform>
            <numerusform>Vergleich auf %1, je %n Läufe …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) against %1</source>
        <translation>
            <numerusform>%n Unterschied gegenüber %1</numerusform>
            <numerusform>%n Unterschiede gegenüber %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Equal</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>; down: %1</source>
        <translation>; nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>%1 is the reference: choose another target&apos;s column.</source>
        <translation>%1 ist die Referenz: wählen Sie die Spalte eines anderen Ziels.</translation>
    </message>
    <message>
        <source>%1 is down: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; against &lt;b&gt;%2&lt;/b&gt; (the reference)&lt;/p&gt;&lt;table cellspacing=0 cellpadding=3&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; gegenüber &lt;b&gt;%2&lt;/b&gt; (der Referenz)&lt;/p&gt;&lt;table cellspacing=0 cellpadding=3&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th align=left&gt;where&lt;/th&gt;&lt;th align=left&gt;what&lt;/th&gt;&lt;th align=left&gt;%1&lt;/th&gt;&lt;th align=left&gt;%2&lt;/th&gt;&lt;th align=left&gt;runs&lt;/th&gt;&lt;th align=left&gt;counted&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th align=left&gt;wo&lt;/th&gt;&lt;th align=left&gt;was&lt;/th&gt;&lt;th align=left&gt;%1&lt;/th&gt;&lt;th align=left&gt;%2&lt;/th&gt;&lt;th align=left&gt;Läufe&lt;/th&gt;&lt;th align=left&gt;gezählt&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>nein: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;The payloads and errors are the same.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Nutzdaten und Fehler sind gleich.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No run %1 on both.</source>
        <translation>Kein Lauf %1 auf beiden.</translation>
    </message>
    <message>
        <source>%1 gives no logs for run %2: nothing to compare.</source>
        <translation>%1 liefert keine Protokolle für Lauf %2: nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Run %1: &lt;span style=&quot;background:#f8c8c4;color:#202020&quot;&gt;&amp;nbsp;- only in %2&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:#c8ecc8;color:#202020&quot;&gt;&amp;nbsp;+ only in %3&amp;nbsp;&lt;/span&gt; (ids, times and durations masked)&lt;/p&gt;&lt;pre&gt;</source>
        <translation>&lt;p&gt;Lauf %1: &lt;span style=&quot;background:#f8c8c4;color:#202020&quot;&gt;&amp;nbsp;- nur in %2&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:#c8ecc8;color:#202020&quot;&gt;&amp;nbsp;+ nur in %3&amp;nbsp;&lt;/span&gt; (IDs, Zeiten und Dauern maskiert)&lt;/p&gt;&lt;pre&gt;</translation>
    </message>
</context>
<context>
    <name>Bullpen::EditorPanel</name>
    <message>
        <source>Find in Project</source>
        <translation>Im Projekt suchen</translation>
    </message>
    <message>
        <source>&amp;New File</source>
        <translation>&amp;Neue Datei</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>Datei ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Save A&amp;ll</source>
        <translation>A&amp;lle speichern</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Tab schließen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>Erse&amp;tzen …</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>Gehe zu &amp;Zeile …</translation>
    </message>
    <message>
        <source>Toggle &amp;Comment</source>
        <translation>K&amp;ommentar umschalten</translation>
    </message>
    <message>
        <source>Find in &amp;Project…</source>
        <translation>Im &amp;Projekt suchen …</translation>
    </message>
    <message>
        <source>Open &amp;Handler</source>
        <translation>&amp;Handler öffnen</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Automatic (follow the system colours)</source>
        <translation>&amp;Automatisch (den Systemfarben folgen)</translation>
    </message>
    <message>
        <source>&amp;Syntax</source>
        <translation>&amp;Syntax</translation>
    </message>
    <message>
        <source>Plain Text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>Ln %1, Col %2</source>
        <translation>Z %1, Sp %2</translation>
    </message>
    <message>
        <source>New file</source>
        <translation>Neue Datei</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>%1 was removed from the disk; saving writes it again.</source>
        <translation>%1 wurde von der Festplatte entfernt; Speichern schreibt die Datei erneut.</translation>
    </message>
    <message>
        <source>%1 changed on disk and was reloaded</source>
        <translation>%1 wurde auf der Festplatte geändert und neu geladen</translation>
    </message>
    <message>
        <source>The handler file of %1 (%2) was not found in %3</source>
        <translation>Die Handler-Datei von %1 (%2) wurde in %3 nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>Unsaved edits of %n document(s) from the last session can be recovered: see the bar above the text.</source>
        <translation>
            <numerusform>Ungespeicherte Änderungen von %n Dokument aus der letzten Sitzung können wiederhergestellt werden: siehe die Leiste über dem Text.</numerusform>
            <numerusform>Ungespeicherte Änderungen von %n Dokumenten aus der letzten Sitzung können wiederhergestellt werden: siehe die Leiste über dem Text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::EditorRecovery</name>
    <message>
        <source>Could not keep a copy of the unsaved edits for recovery: %1</source>
        <translation>Eine Kopie der ungespeicherten Änderungen für die Wiederherstellung konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>An untitled document had text that was never saved when Bullpen last ended (kept %1). Recover puts it into this tab.</source>
        <translation>Ein unbenanntes Dokument hatte Text, der nie gespeichert wurde, als Bullpen zuletzt endete (gesichert %1). „Wiederherstellen“ übernimmt ihn in diesen Tab.</translation>
    </message>
    <message>
        <source>“%1” no longer exists. It had edits that were never saved when Bullpen last ended (kept %2). Recover puts them into this tab; saving writes the file again.</source>
        <translation>„%1“ existiert nicht mehr. Die Datei hatte Änderungen, die nie gespeichert wurden, als Bullpen zuletzt endete (gesichert %2). „Wiederherstellen“ übernimmt sie in diesen Tab; Speichern schreibt die Datei wieder.</translation>
    </message>
    <message>
        <source>“%1” has edits that were never saved when Bullpen last ended (kept %2). The file has changed on disk since then: the recovered text does not have those changes (Show Differences compares them).</source>
        <translation>„%1“ hat Änderungen, die nie gespeichert wurden, als Bullpen zuletzt endete (gesichert %2). Die Datei wurde seitdem auf der Festplatte geändert: Dem wiederhergestellten Text fehlen diese Änderungen („Unterschiede anzeigen“ vergleicht beide).</translation>
    </message>
    <message>
        <source>“%1” has edits that were never saved when Bullpen last ended (kept %2). Recover puts them back into the editor, unsaved; Discard leaves the file as it is.</source>
        <translation>„%1“ hat Änderungen, die nie gespeichert wurden, als Bullpen zuletzt endete (gesichert %2). „Wiederherstellen“ bringt sie ungespeichert in den Editor zurück; „Verwerfen“ lässt die Datei, wie sie ist.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Every line is recovered text (+): there is no file on disk to compare with.</source>
        <translation>Jede Zeile ist wiederhergestellter Text (+): Es gibt keine Datei auf der Festplatte zum Vergleichen.</translation>
    </message>
    <message>
        <source>- only in the file on disk, + only in the recovered text</source>
        <translation>- nur in der Datei auf der Festplatte, + nur im wiederhergestellten Text</translation>
    </message>
    <message>
        <source>Differences — %1</source>
        <translation>Unterschiede — %1</translation>
    </message>
</context>
<context>
    <name>Bullpen::EnvironmentModel</name>
    <message>
        <source>row %1: the variable has no name</source>
        <translation>Zeile %1: Die Variable hat keinen Namen</translation>
    </message>
    <message>
        <source>environment variable %1 is set twice</source>
        <translation>Umgebungsvariable %1 ist doppelt gesetzt</translation>
    </message>
    <message>
        <source>From Globals; a value set here overrides it for this function only</source>
        <translation>Aus Globals; ein hier gesetzter Wert überschreibt ihn nur für diese Funktion</translation>
    </message>
    <message>
        <source>Overrides the value from Globals (%1)</source>
        <translation>Überschreibt den Wert aus Globals (%1)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Bullpen::EventBuilder</name>
    <message>
        <source>Some event templates could not be loaded:
%1</source>
        <translation>Einige Ereignisvorlagen konnten nicht geladen werden:
%1</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Keine Vorlage</translation>
    </message>
    <message>
        <source>Search events…</source>
        <translation>Ereignisse suchen …</translation>
    </message>
    <message>
        <source>Double-click an event (or press Enter) to fill in its form</source>
        <translation>Doppelklicken Sie auf ein Ereignis (oder drücken Sie die Eingabetaste), um sein Formular auszufüllen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename the selected event</source>
        <translation>Das ausgewählte Ereignis umbenennen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected event</source>
        <translation>Das ausgewählte Ereignis duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected event</source>
        <translation>Das ausgewählte Ereignis löschen</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Bring back the last deleted event</source>
        <translation>Das zuletzt gelöschte Ereignis zurückholen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Import a JSON file as a saved event</source>
        <translation>Eine JSON-Datei als gespeichertes Ereignis importieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Export the selected event to a file</source>
        <translation>Das ausgewählte Ereignis in eine Datei exportieren</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Pin timestamps and ids</source>
        <translation>Zeitstempel und IDs festhalten</translation>
    </message>
    <message>
        <source>Keep the generated times and request ids while you edit, instead of fresh ones each time</source>
        <translation>Die erzeugten Zeiten und Anfrage-IDs beim Bearbeiten beibehalten, statt jedes Mal neue zu erzeugen</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Generate the payload again from the form, with fresh timestamps and ids</source>
        <translation>Die Nutzdaten neu aus dem Formular erzeugen, mit neuen Zeitstempeln und IDs</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Save the payload as one of the project&apos;s events</source>
        <translation>Die Nutzdaten als eines der Ereignisse des Projekts speichern</translation>
    </message>
    <message>
        <source>Save Event</source>
        <translation>Ereignis speichern</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Choose an event source under Templates, or open one of the Saved events.</source>
        <translation>Wählen Sie unter „Vorlagen“ eine Ereignisquelle oder öffnen Sie eines der gespeicherten Ereignisse.</translation>
    </message>
    <message>
        <source>AWS documentation</source>
        <translation>AWS-Dokumentation</translation>
    </message>
    <message>
        <source>Form: %1</source>
        <translation>Formular: %1</translation>
    </message>
    <message>
        <source>%1 KB · checking…</source>
        <translation>%1 KB · wird geprüft …</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>empty: no event yet</source>
        <translation>leer: noch kein Ereignis</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n error(s)</source>
        <translation>
            <numerusform>%1 · %n Fehler</numerusform>
            <numerusform>%1 · %n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · valid JSON</source>
        <translation>%1 · gültiges JSON</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Could not keep a draft of the event: %1</source>
        <translation>Entwurf des Ereignisses konnte nicht gesichert werden: %1</translation>
    </message>
    <message>
        <source>Event name:</source>
        <translation>Name des Ereignisses:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used: %2.</source>
        <translation>„%1“ kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>Rename Event</source>
        <translation>Ereignis umbenennen</translation>
    </message>
    <message>
        <source>Bring back &quot;%1&quot;</source>
        <translation>„%1“ zurückholen</translation>
    </message>
    <message>
        <source>Import Event</source>
        <translation>Ereignis importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Event</source>
        <translation>Ereignis exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::EventCatalogModel</name>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>Bullpen::EventForm</name>
    <message>
        <source>Pick an event template to fill in its parameters.</source>
        <translation>Wählen Sie eine Ereignisvorlage, um ihre Parameter auszufüllen.</translation>
    </message>
    <message>
        <source>This event has no parameters: edit the JSON directly.</source>
        <translation>Dieses Ereignis hat keine Parameter: Bearbeiten Sie das JSON direkt.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
</context>
<context>
    <name>Bullpen::EventValidator</name>
    <message>
        <source>unknown parameter &apos;%1&apos; (valid: %2)</source>
        <translation>unbekannter Parameter „%1“ (gültig: %2)</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos;: %2</source>
        <translation>Parameter „%1“: %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is outside %2..%3</source>
        <translation>%1 liegt außerhalb von %2..%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not true or false</source>
        <translation>„%1“ ist weder true noch false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>„%1“ ist keines von: %2</translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <translation>ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>das Pflichtfeld „%1“ fehlt</translation>
    </message>
    <message>
        <source>payload is %1 (%2 bytes), over the 6 MB limit of a synchronous invocation</source>
        <translation>die Nutzdaten sind %1 groß (%2 Byte), über der 6-MB-Grenze eines synchronen Aufrufs</translation>
    </message>
    <message>
        <source>payload is %1, over the 1 MB limit of an asynchronous (Event) invocation</source>
        <translation>die Nutzdaten sind %1 groß, über der 1-MB-Grenze eines asynchronen Aufrufs (Event)</translation>
    </message>
    <message>
        <source>payload is %1, over the 256 KB asynchronous limit that applied before October 2025</source>
        <translation>die Nutzdaten sind %1 groß, über der asynchronen 256-KB-Grenze, die vor Oktober 2025 galt</translation>
    </message>
    <message>
        <source>the payload is empty; Lambda needs a JSON value, at least {}</source>
        <translation>die Nutzdaten sind leer; Lambda braucht einen JSON-Wert, mindestens {}</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>fehlerhaftes JSON: %1</translation>
    </message>
    <message>
        <source>unfilled template placeholder %1</source>
        <translation>nicht ausgefüllter Vorlagenplatzhalter %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>line %1, column %2: %3: %4</source>
        <translation>Zeile %1, Spalte %2: %3: %4</translation>
    </message>
</context>
<context>
    <name>Bullpen::EventsPanel</name>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>the event in the event builder</source>
        <translation>das Ereignis im Ereignis-Editor</translation>
    </message>
    <message>
        <source>The event builder has the unsaved event of the last session back (not saved).</source>
        <translation>Der Ereignis-Editor hat das ungespeicherte Ereignis der letzten Sitzung zurück (nicht gespeichert).</translation>
    </message>
</context>
<context>
    <name>Bullpen::FiguresBar</name>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>Init</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft …</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Engine error</source>
        <translation>Fehler der Engine</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Init Duration: only a cold start runs the function&apos;s initialisation code.</source>
        <translation>Init Duration: Nur ein Kaltstart führt den Initialisierungscode der Funktion aus.</translation>
    </message>
    <message>
        <source>%1 / %2 MB</source>
        <translation>%1 / %2 MB</translation>
    </message>
    <message>
        <source>Max Memory Used of the function&apos;s Memory Size</source>
        <translation>Max Memory Used von der Memory Size der Funktion</translation>
    </message>
    <message>
        <source>Max Memory Used of the function&apos;s Memory Size. %1</source>
        <translation>Max Memory Used von der Memory Size der Funktion. %1</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kalt</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <source>%1
Runtime image: %2</source>
        <translation>%1
Laufzeit-Image: %2</translation>
    </message>
    <message>
        <source>Cold start</source>
        <translation>Kaltstart</translation>
    </message>
    <message>
        <source>%1 ms, prepared sandbox</source>
        <translation>%1 ms, vorbereitete Sandbox</translation>
    </message>
    <message>
        <source>%1
The sandbox was prepared ahead of need (made before this call arrived).</source>
        <translation>%1
Die Sandbox wurde im Voraus vorbereitet (angelegt, bevor dieser Aufruf kam).</translation>
    </message>
    <message>
        <source>Cold, prepared sandbox</source>
        <translation>Kalt, vorbereitete Sandbox</translation>
    </message>
    <message>
        <source>Warm: an instance already initialised took the call.</source>
        <translation>Warm: eine bereits initialisierte Instanz hat den Aufruf übernommen.</translation>
    </message>
    <message>
        <source>Cold start from a prepared sandbox: the sandbox was made ahead of need, then the runtime started in it and initialised.</source>
        <translation>Kaltstart aus einer vorbereiteten Sandbox: Die Sandbox wurde im Voraus angelegt, dann startete die Laufzeit darin und initialisierte sich.</translation>
    </message>
    <message>
        <source>Cold start on demand: the sandbox was made for this call, then the runtime initialised.</source>
        <translation>Kaltstart bei Bedarf: Die Sandbox wurde für diesen Aufruf angelegt, dann initialisierte sich die Laufzeit.</translation>
    </message>
    <message>
        <source>restored %1 ms</source>
        <translation>wiederhergestellt %1 ms</translation>
    </message>
    <message>
        <source>Restore Duration: restored from a SnapStart snapshot of the initialised runtime, whose init ran before the snapshot. Billed Restore Duration (its after-restore hooks): %1 ms.</source>
        <translation>Restore Duration: aus einem SnapStart-Snapshot der initialisierten Laufzeit wiederhergestellt, deren Initialisierung vor dem Snapshot lief. Billed Restore Duration (ihre After-Restore-Hooks): %1 ms.</translation>
    </message>
    <message>
        <source>Cold, restored from snapshot</source>
        <translation>Kalt, aus Snapshot wiederhergestellt</translation>
    </message>
    <message>
        <source>Cold start from a SnapStart snapshot: a copy restored ahead of need was woken for this call.</source>
        <translation>Kaltstart aus einem SnapStart-Snapshot: Eine im Voraus wiederhergestellte Kopie wurde für diesen Aufruf geweckt.</translation>
    </message>
    <message>
        <source>Cold start from a SnapStart snapshot: a copy of the initialised runtime was restored for this call, then woken.</source>
        <translation>Kaltstart aus einem SnapStart-Snapshot: Eine Kopie der initialisierten Laufzeit wurde für diesen Aufruf wiederhergestellt und dann geweckt.</translation>
    </message>
    <message>
        <source>Cold, prepared sandbox, no SnapStart</source>
        <translation>Kalt, vorbereitete Sandbox, ohne SnapStart</translation>
    </message>
    <message>
        <source>Cold, no SnapStart</source>
        <translation>Kalt, ohne SnapStart</translation>
    </message>
</context>
<context>
    <name>Bullpen::FindBar</name>
    <message>
        <source>Re&amp;gular expression</source>
        <translation>Regulärer A&amp;usdruck</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>&amp;Ganze Wörter</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid expression</source>
        <translation>Ungültiger Ausdruck</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::FindInProject</name>
    <message>
        <source>Re&amp;gular expression</source>
        <translation>Regulärer A&amp;usdruck</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Find in project</source>
        <translation>Im Projekt suchen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Invalid expression: %1</source>
        <translation>Ungültiger Ausdruck: %1</translation>
    </message>
    <message numerus="yes">
        <source>First %n matches</source>
        <translation>
            <numerusform>Erste %n Treffer</numerusform>
            <numerusform>Erste %n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::FunctionSettingsPanel</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Ping it</source>
        <translation>Anpingen</translation>
    </message>
    <message>
        <source>Sc&amp;hedules:</source>
        <translation>&amp;Zeitpläne:</translation>
    </message>
    <message>
        <source>Select a function in the project to see its settings.</source>
        <translation>Wählen Sie eine Funktion im Projekt, um ihre Einstellungen zu sehen.</translation>
    </message>
    <message>
        <source>● Modified: Invoke uses these values now. Save writes them to the template.</source>
        <translation>● Geändert: „Aufrufen“ verwendet jetzt diese Werte. „Speichern“ schreibt sie in die Vorlage.</translation>
    </message>
    <message>
        <source>file.function, e.g. app.lambda_handler</source>
        <translation>datei.funktion, z. B. app.lambda_handler</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Lambda allows %1 to %2 MB; CPU share grows with memory</source>
        <translation>Lambda erlaubt %1 bis %2 MB; der CPU-Anteil wächst mit dem Speicher</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Lambda allows %1 to %2 seconds</source>
        <translation>Lambda erlaubt %1 bis %2 Sekunden</translation>
    </message>
    <message>
        <source>&amp;Handler:</source>
        <translation>&amp;Handler:</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Speicher:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Unreserved</source>
        <translation>Nicht reserviert</translation>
    </message>
    <message>
        <source>ReservedConcurrentExecutions: more concurrent calls than this are refused with TooManyRequestsException (429); 0 refuses every call</source>
        <translation>ReservedConcurrentExecutions: Mehr gleichzeitige Aufrufe werden mit TooManyRequestsException (429) abgelehnt; 0 lehnt jeden Aufruf ab</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions: instances of the alias initialised ahead of any call and kept; their init is on no caller&apos;s path</source>
        <translation>ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions: Instanzen des Alias, die vor jedem Aufruf initialisiert und gehalten werden; ihre Initialisierung liegt auf keinem Aufrufpfad</translation>
    </message>
    <message>
        <source>e.g. live (needed for provisioned concurrency)</source>
        <translation>z. B. live (für bereitgestellte Gleichzeitigkeit nötig)</translation>
    </message>
    <message>
        <source>AutoPublishAlias: Invoke runs this alias, which provisioned concurrency serves first</source>
        <translation>AutoPublishAlias: „Aufrufen“ führt diesen Alias aus, den die bereitgestellte Gleichzeitigkeit zuerst bedient</translation>
    </message>
    <message>
        <source>for &amp;alias</source>
        <translation>für &amp;Alias</translation>
    </message>
    <message>
        <source>&amp;Reserved concurrency:</source>
        <translation>&amp;Reservierte Gleichzeitigkeit:</translation>
    </message>
    <message>
        <source>&amp;Provisioned:</source>
        <translation>&amp;Bereitgestellt:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Stop after each invocation</source>
        <translation>Nach jedem Aufruf beenden</translation>
    </message>
    <message>
        <source>How long an idle instance of this function stays warm (bullpen-project.json). 45 minutes, Lambda&apos;s, follows the keep-alive in Preferences.</source>
        <translation>Wie lange eine untätige Instanz dieser Funktion warm bleibt (bullpen-project.json). 45 Minuten, der Wert von Lambda, folgt der Keep-Alive-Zeit in den Einstellungen.</translation>
    </message>
    <message>
        <source>The classic CloudWatch warmer: invoke the function on a schedule so that an instance stays warm (only while Bullpen runs)</source>
        <translation>Der klassische CloudWatch-Warmhalter: Die Funktion nach Zeitplan aufrufen, damit eine Instanz warm bleibt (nur solange Bullpen läuft)</translation>
    </message>
    <message>
        <source>An EventBridge rate expression: rate(1 minute), rate(5 minutes), rate(1 hour)</source>
        <translation>Ein EventBridge-Rate-Ausdruck: rate(1 minute), rate(5 minutes), rate(1 hour)</translation>
    </message>
    <message>
        <source>&amp;Keep-alive:</source>
        <translation>&amp;Keep-Alive:</translation>
    </message>
    <message>
        <source>Keep &amp;warm:</source>
        <translation>&amp;Warmhalten:</translation>
    </message>
    <message>
        <source>&amp;Environment variables</source>
        <translation>&amp;Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add an environment variable</source>
        <translation>Eine Umgebungsvariable hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected variable</source>
        <translation>Die ausgewählte Variable entfernen</translation>
    </message>
    <message>
        <source>Show the values in template.yaml again</source>
        <translation>Die Werte aus template.yaml wieder anzeigen</translation>
    </message>
    <message>
        <source>Write the changes to template.yaml (comments and order are kept); Save All does too</source>
        <translation>Die Änderungen in template.yaml schreiben (Kommentare und Reihenfolge bleiben erhalten); „Alle speichern“ tut das auch</translation>
    </message>
    <message>
        <source>template.yaml changed on disk. Apply writes your changes over it; Revert shows its values.</source>
        <translation>template.yaml wurde auf der Festplatte geändert. „Übernehmen“ schreibt Ihre Änderungen darüber; „Zurücksetzen“ zeigt ihre Werte.</translation>
    </message>
    <message>
        <source>%1 · code in %2 · line %3 of %4</source>
        <translation>%1 · Code in %2 · Zeile %3 von %4</translation>
    </message>
    <message>
        <source>the project folder</source>
        <translation>der Projektordner</translation>
    </message>
    <message>
        <source>layers under /opt, in this order: %1</source>
        <translation>Layer unter /opt, in dieser Reihenfolge: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fire this Schedule event on the pool clock while Bullpen runs (bullpen-project.json); off until turned on</source>
        <translation>Dieses Schedule-Ereignis nach der Pool-Uhr auslösen, solange Bullpen läuft (bullpen-project.json); aus, bis es eingeschaltet wird</translation>
    </message>
    <message>
        <source>The template disables this schedule (Enabled: false or State: DISABLED)</source>
        <translation>Die Vorlage schaltet diesen Zeitplan ab (Enabled: false oder State: DISABLED)</translation>
    </message>
    <message>
        <source>Schedules:</source>
        <translation>Zeitpläne:</translation>
    </message>
    <message>
        <source>from Globals</source>
        <translation>aus Globals</translation>
    </message>
    <message>
        <source>Set in Globals.Function for every function; a value set here applies to this function only</source>
        <translation>In Globals.Function für jede Funktion gesetzt; ein hier gesetzter Wert gilt nur für diese Funktion</translation>
    </message>
    <message>
        <source>overrides Globals (%1%2)</source>
        <translation>überschreibt Globals (%1%2)</translation>
    </message>
    <message>
        <source>Handler comes from Globals; a value set here applies to this function only</source>
        <translation>Der Handler kommt aus Globals; ein hier gesetzter Wert gilt nur für diese Funktion</translation>
    </message>
    <message>
        <source>MemorySize must be a whole number of megabytes</source>
        <translation>MemorySize muss eine ganze Zahl von Megabytes sein</translation>
    </message>
    <message>
        <source>Timeout must be a whole number of seconds</source>
        <translation>Timeout muss eine ganze Zahl von Sekunden sein</translation>
    </message>
    <message>
        <source>AutoPublishAlias &quot;%1&quot; is not an alias name (letters, digits, - and _)</source>
        <translation>AutoPublishAlias „%1“ ist kein Aliasname (Buchstaben, Ziffern, - und _)</translation>
    </message>
    <message>
        <source>Provisioned concurrency applies to an alias, never $LATEST: give the function an AutoPublishAlias</source>
        <translation>Bereitgestellte Gleichzeitigkeit gilt für einen Alias, nie für $LATEST: Geben Sie der Funktion einen AutoPublishAlias</translation>
    </message>
    <message>
        <source>Provisioned concurrency (%1) cannot exceed the reserved concurrency (%2)</source>
        <translation>Die bereitgestellte Gleichzeitigkeit (%1) kann die reservierte (%2) nicht übersteigen</translation>
    </message>
    <message>
        <source>keep-warm takes a rate, e.g. rate(5 minutes)</source>
        <translation>Warmhalten braucht eine Rate, z. B. rate(5 minutes)</translation>
    </message>
    <message>
        <source>Keep-warm rate: %1</source>
        <translation>Warmhalte-Rate: %1</translation>
    </message>
    <message>
        <source>Schedule %1: %2</source>
        <translation>Zeitplan %1: %2</translation>
    </message>
    <message>
        <source>Variables from Globals can be overridden here but not removed</source>
        <translation>Variablen aus Globals können hier überschrieben, aber nicht entfernt werden</translation>
    </message>
    <message>
        <source>%1 ●</source>
        <translation>%1 ●</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved to %1 and %2.</source>
        <translation>In %1 und %2 gespeichert.</translation>
    </message>
    <message>
        <source>Apply to every call, $LATEST too (teaching)</source>
        <translation>Auf jeden Aufruf anwenden, auch $LATEST (zum Lernen)</translation>
    </message>
    <message>
        <source>Lambda applies SnapStart (SnapStart: ApplyOn: PublishedVersions) to published versions only: here the alias (AutoPublishAlias) and version 1, never $LATEST. For teaching, this applies it to every call of this function, $LATEST included, with or without SnapStart in the template: the first cold start takes a snapshot of the initialised runtime, later cold starts restore it (runc backend, as root). Kept in bullpen-project.json, not in the template.</source>
        <translation>Lambda wendet SnapStart (SnapStart: ApplyOn: PublishedVersions) nur auf veröffentlichte Versionen an: hier auf den Alias (AutoPublishAlias) und Version 1, nie auf $LATEST. Zum Lernen wendet diese Einstellung es auf jeden Aufruf dieser Funktion an, auch auf $LATEST, mit oder ohne SnapStart in der Vorlage: Der erste Kaltstart erstellt einen Snapshot der initialisierten Laufzeit, spätere Kaltstarts stellen ihn wieder her (runc-Backend, als root). Gespeichert in bullpen-project.json, nicht in der Vorlage.</translation>
    </message>
    <message>
        <source>Every cold start of this function restores from a snapshot, $LATEST included (the first one takes it); on Lambda only the published versions of a function with SnapStart would.</source>
        <translation>Jeder Kaltstart dieser Funktion wird aus einem Snapshot wiederhergestellt, auch bei $LATEST (der erste erstellt ihn); auf Lambda täten das nur die veröffentlichten Versionen einer Funktion mit SnapStart.</translation>
    </message>
    <message>
        <source>The template&apos;s SnapStart applies to published versions, and this function has none: give it an AutoPublishAlias. Until then every call runs $LATEST and starts cold as usual.</source>
        <translation>Das SnapStart der Vorlage gilt für veröffentlichte Versionen, und diese Funktion hat keine: Geben Sie ihr einen AutoPublishAlias. Bis dahin führt jeder Aufruf $LATEST aus und startet wie üblich kalt.</translation>
    </message>
    <message>
        <source>The template&apos;s SnapStart applies to the alias %1 (version 1), which Invoke runs; $LATEST starts cold as usual.</source>
        <translation>Das SnapStart der Vorlage gilt für den Alias %1 (Version 1), den „Aufrufen“ ausführt; $LATEST startet wie üblich kalt.</translation>
    </message>
    <message>
        <source>SnapStart:</source>
        <translation>SnapStart:</translation>
    </message>
</context>
<context>
    <name>Bullpen::HistoryModel</name>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Engine error</source>
        <translation>Fehler der Engine</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>(unsaved event)</source>
        <translation>(ungespeichertes Ereignis)</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kalt</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>The history of this project (%1) was %2. It is left as it is; this session&apos;s invocations are not kept.</source>
        <translation>Der Verlauf dieses Projekts (%1) war %2. Er bleibt, wie er ist; die Aufrufe dieser Sitzung werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>The history of this project could not be read (%1), and %2 could not be kept aside (%3). It is left as it is; this session&apos;s invocations are not kept.</source>
        <translation>Der Verlauf dieses Projekts konnte nicht gelesen werden (%1), und %2 konnte nicht beiseitegelegt werden (%3). Er bleibt, wie er ist; die Aufrufe dieser Sitzung werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>The history of this project could not be read (%1). The file was kept as %2; the history starts again.</source>
        <translation>Der Verlauf dieses Projekts konnte nicht gelesen werden (%1). Die Datei wurde als %2 aufbewahrt; der Verlauf beginnt neu.</translation>
    </message>
    <message>
        <source>Part of the history of this project could not be read: %1. The whole file was kept as %2.</source>
        <translation>Ein Teil des Verlaufs dieses Projekts konnte nicht gelesen werden: %1. Die ganze Datei wurde als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>The history of this project could not be written to %1: %2</source>
        <translation>Der Verlauf dieses Projekts konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Bullpen::HistoryView</name>
    <message>
        <source>Re-run</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Run the selected invocation again: same function, same event</source>
        <translation>Den ausgewählten Aufruf wiederholen: gleiche Funktion, gleiches Ereignis</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Forget this project&apos;s invocations</source>
        <translation>Die Aufrufe dieses Projekts vergessen</translation>
    </message>
</context>
<context>
    <name>Bullpen::ImagesFeature</name>
    <message>
        <source>Runtime Images</source>
        <translation>Laufzeit-Images</translation>
    </message>
    <message>
        <source>Runtime &amp;Images…</source>
        <translation>Laufzeit-&amp;Images …</translation>
    </message>
</context>
<context>
    <name>Bullpen::ImagesView</name>
    <message>
        <source>&amp;Import Root Tarball…</source>
        <translation>Root-Tarball &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>E&amp;ntfernen</translation>
    </message>
    <message>
        <source>&amp;Prune Stale</source>
        <translation>&amp;Veraltete entfernen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Remove the images of earlier inputs from the image cache and the daemon</source>
        <translation>Die Images früherer Eingaben aus dem Image-Cache und dem Daemon entfernen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>No runtime images yet: import a root file system tarball, or run `bullpen images build`.</source>
        <translation>Noch keine Laufzeit-Images: Importieren Sie einen Tarball eines Root-Dateisystems oder führen Sie `bullpen images build` aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) in the daemon.</source>
        <translation>
            <numerusform>%n Image im Daemon.</numerusform>
            <numerusform>%n Images im Daemon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1 for %2…</source>
        <translation>%1 wird für %2 importiert …</translation>
    </message>
    <message>
        <source>Import Runtime Image</source>
        <translation>Laufzeit-Image importieren</translation>
    </message>
    <message>
        <source>Runtime:</source>
        <translation>Laufzeit:</translation>
    </message>
    <message>
        <source>Root File System Tarball</source>
        <translation>Tarball eines Root-Dateisystems</translation>
    </message>
    <message>
        <source>Tar archives (*.tar);;All files (*)</source>
        <translation>Tar-Archive (*.tar);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Removing the %1 runtime images…</source>
        <translation>Die Laufzeit-Images für %1 werden entfernt …</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n image(s).</source>
        <translation>
            <numerusform>%n Image entfernt.</numerusform>
            <numerusform>%n Images entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing stale images…</source>
        <translation>Veraltete Images werden entfernt …</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n stale image(s).</source>
        <translation>
            <numerusform>%n veraltetes Image entfernt.</numerusform>
            <numerusform>%n veraltete Images entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::InstanceDetails</name>
    <message>
        <source>The logs of this instance&apos;s invocations that the window ran appear here.</source>
        <translation>Hier erscheinen die Logs der Aufrufe dieser Instanz, die das Fenster ausgeführt hat.</translation>
    </message>
    <message>
        <source>Click an instance in the pool view.</source>
        <translation>Klicken Sie in der Pool-Ansicht auf eine Instanz.</translation>
    </message>
    <message>
        <source>Instance %1</source>
        <translation>Instanz %1</translation>
    </message>
</context>
<context>
    <name>Bullpen::InvocationController</name>
    <message>
        <source>The build failed: %1</source>
        <translation>Das Bauen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The %1 backend cannot run functions here: %2</source>
        <translation>Das Backend %1 kann hier keine Funktionen ausführen: %2</translation>
    </message>
</context>
<context>
    <name>Bullpen::InvokePanel</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Runtime image %1%: %2</source>
        <translation>Laufzeit-Image %1 %: %2</translation>
    </message>
    <message>
        <source>%1 is not a function of the open project.</source>
        <translation>%1 ist keine Funktion des offenen Projekts.</translation>
    </message>
    <message>
        <source>An invocation is still running.</source>
        <translation>Ein Aufruf läuft noch.</translation>
    </message>
    <message>
        <source>&amp;Invoke</source>
        <translation>&amp;Aufrufen</translation>
    </message>
    <message>
        <source>Run the selected function with the event (Ctrl+Return)</source>
        <translation>Die ausgewählte Funktion mit dem Ereignis ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Cancel the running invocation (Esc)</source>
        <translation>Den laufenden Aufruf abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Funktion:</translation>
    </message>
    <message>
        <source>The function Invoke runs</source>
        <translation>Die Funktion, die „Aufrufen“ ausführt</translation>
    </message>
    <message>
        <source>No invocation yet</source>
        <translation>Noch kein Aufruf</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Engine settings changed: the next invocation starts fresh instances.</source>
        <translation>Einstellungen der Engine geändert: Der nächste Aufruf startet neue Instanzen.</translation>
    </message>
    <message>
        <source>Open a project and choose a function to invoke.</source>
        <translation>Öffnen Sie ein Projekt und wählen Sie eine Funktion zum Aufrufen.</translation>
    </message>
    <message>
        <source>The settings of %1 are not valid: %2</source>
        <translation>Die Einstellungen von %1 sind ungültig: %2</translation>
    </message>
    <message>
        <source>Stopping the invocation…</source>
        <translation>Der Aufruf wird angehalten …</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft …</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>The invocation of %1 started before the project changed has ended; it is in its own project&apos;s history.</source>
        <translation>Der Aufruf von %1, der vor dem Projektwechsel begann, ist beendet; er steht im Verlauf seines eigenen Projekts.</translation>
    </message>
    <message>
        <source>Last: engine error</source>
        <translation>Zuletzt: Fehler der Engine</translation>
    </message>
    <message>
        <source>Last: %1, %2 ms</source>
        <translation>Zuletzt: %1, %2 ms</translation>
    </message>
    <message>
        <source>Engine: %1, not started</source>
        <translation>Engine: %1, nicht gestartet</translation>
    </message>
    <message>
        <source>The engine starts with the first invocation.</source>
        <translation>Die Engine startet mit dem ersten Aufruf.</translation>
    </message>
    <message>
        <source>Engine: %1 · %2 warm · %3 busy</source>
        <translation>Engine: %1 · %2 warm · %3 beschäftigt</translation>
    </message>
    <message>
        <source>The %1 backend isolates nothing.</source>
        <translation>Das Backend %1 isoliert nichts.</translation>
    </message>
    <message>
        <source>Each instance runs in its own container.</source>
        <translation>Jede Instanz läuft in einem eigenen Container.</translation>
    </message>
</context>
<context>
    <name>Bullpen::LessonRunner</name>
    <message>
        <source>invoke %1</source>
        <translation>%1 aufrufen</translation>
    </message>
    <message>
        <source>wait %1 of pool time</source>
        <translation>%1 Pool-Zeit warten</translation>
    </message>
    <message>
        <source>run the pool clock at ×%1</source>
        <translation>die Pool-Uhr mit ×%1 laufen lassen</translation>
    </message>
    <message>
        <source>set the keep-alive to %1 min</source>
        <translation>die Keep-Alive-Zeit auf %1 min setzen</translation>
    </message>
    <message>
        <source>ping the function on %1</source>
        <translation>die Funktion nach %1 anpingen</translation>
    </message>
    <message>
        <source>turn on the schedule %1</source>
        <translation>den Zeitplan %1 einschalten</translation>
    </message>
    <message>
        <source>reserve %1 concurrent executions</source>
        <translation>%1 gleichzeitige Ausführungen reservieren</translation>
    </message>
    <message>
        <source>stop every instance of %1</source>
        <translation>jede Instanz von %1 beenden</translation>
    </message>
    <message>
        <source>expire the idle instances now</source>
        <translation>die untätigen Instanzen jetzt ablaufen lassen</translation>
    </message>
    <message>
        <source>load: %1 for %2 s of pool time</source>
        <translation>Last: %1 für %2 s Pool-Zeit</translation>
    </message>
    <message numerus="yes">
        <source>invoke %1 %n times at once</source>
        <translation>
            <numerusform>%1 %n-mal gleichzeitig aufrufen</numerusform>
            <numerusform>%1 %n-mal gleichzeitig aufrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>invoke %1 %n times, one after another</source>
        <translation>
            <numerusform>%1 %n-mal nacheinander aufrufen</numerusform>
            <numerusform>%1 %n-mal nacheinander aufrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>provision %n instances</source>
        <translation>
            <numerusform>%n Instanz bereitstellen</numerusform>
            <numerusform>%n Instanzen bereitstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>clock: &quot;speed&quot; must be above 0</source>
        <translation>clock: „speed“ muss größer als 0 sein</translation>
    </message>
    <message>
        <source>wait: give &quot;poolMinutes&quot; or &quot;poolSeconds&quot;</source>
        <translation>wait: „poolMinutes“ oder „poolSeconds“ angeben</translation>
    </message>
    <message>
        <source>schedule %1: %2</source>
        <translation>Zeitplan %1: %2</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>unbekannte Aktion „%1“</translation>
    </message>
    <message>
        <source>the instances did not stop within %1 s</source>
        <translation>die Instanzen haben nicht innerhalb von %1 s angehalten</translation>
    </message>
    <message>
        <source>invoke: cannot read the event %1: %2</source>
        <translation>invoke: das Ereignis %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>provisioned: the function has no AutoPublishAlias; provisioned concurrency applies to an alias</source>
        <translation>provisioned: die Funktion hat kein AutoPublishAlias; bereitgestellte Parallelität gilt für einen Alias</translation>
    </message>
    <message>
        <source>the provisioned instances were not ready within %1 s</source>
        <translation>die bereitgestellten Instanzen waren nicht innerhalb von %1 s bereit</translation>
    </message>
    <message>
        <source>there is no call %1</source>
        <translation>es gibt keinen Aufruf %1</translation>
    </message>
    <message>
        <source>call %1 did not run: %2 %3</source>
        <translation>Aufruf %1 lief nicht: %2 %3</translation>
    </message>
    <message>
        <source>the call has no result</source>
        <translation>der Aufruf hat kein Ergebnis</translation>
    </message>
    <message>
        <source>call %1 found instance %2 warm (%3): no cold start</source>
        <translation>Aufruf %1 fand Instanz %2 warm vor (%3): kein Kaltstart</translation>
    </message>
    <message>
        <source>call %1 ran on %2, %3 instance%4</source>
        <translation>Aufruf %1 lief auf %2, %3 Instanz%4</translation>
    </message>
    <message>
        <source>a provisioned</source>
        <translation>einer bereitgestellten</translation>
    </message>
    <message>
        <source>an on-demand</source>
        <translation>einer On-Demand-</translation>
    </message>
    <message>
        <source>, cold</source>
        <translation>, kalt</translation>
    </message>
    <message>
        <source>call %1 ran on provisioned instance %2, initialised before any call: no cold start, %3 in the handler</source>
        <translation>Aufruf %1 lief auf der bereitgestellten Instanz %2, vor jedem Aufruf initialisiert: kein Kaltstart, %3 im Handler</translation>
    </message>
    <message>
        <source>call %1 started a new instance, %2 (init %3): it was cold</source>
        <translation>Aufruf %1 startete eine neue Instanz, %2 (Init %3): er war kalt</translation>
    </message>
    <message>
        <source>call %1 ran warm on %2, not on %3 that served %4</source>
        <translation>Aufruf %1 lief warm auf %2, nicht auf %3, die %4 bedient hat</translation>
    </message>
    <message>
        <source>call %1 reused instance %2: %3 instead of %4 (%5&apos;s init and handler)</source>
        <translation>Aufruf %1 nutzte Instanz %2 wieder: %3 statt %4 (Init und Handler von %5)</translation>
    </message>
    <message>
        <source>call %1 found instance %2 warm: %3 in the handler, no init</source>
        <translation>Aufruf %1 fand Instanz %2 warm vor: %3 im Handler, kein Init</translation>
    </message>
    <message>
        <source>call %1 answered %2 = %3, not %4 (instance %5%6)</source>
        <translation>Aufruf %1 antwortete %2 = %3, nicht %4 (Instanz %5%6)</translation>
    </message>
    <message>
        <source>, warm</source>
        <translation>, warm</translation>
    </message>
    <message>
        <source>call %1 answered %2 = %3 (instance %4%5)</source>
        <translation>Aufruf %1 antwortete %2 = %3 (Instanz %4%5)</translation>
    </message>
    <message>
        <source>call %1 saw %2 = %3, call %4 saw %5</source>
        <translation>Aufruf %1 sah %2 = %3, Aufruf %4 sah %5</translation>
    </message>
    <message>
        <source>calls %1 and %2 both saw %3 = %4: made once, kept in the instance&apos;s memory (%5)</source>
        <translation>Aufrufe %1 und %2 sahen beide %3 = %4: einmal erzeugt, im Speicher der Instanz gehalten (%5)</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n instance(s) (%2); %3 of them cold</source>
        <translation>
            <numerusform>%1 auf %n Instanz (%2); %3 davon kalt</numerusform>
            <numerusform>%1 auf %n Instanzen (%2); %3 davon kalt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) ran</source>
        <translation>
            <numerusform>%n Aufruf lief</numerusform>
            <numerusform>%n Aufrufe liefen</numerusform>
        </translation>
    </message>
    <message>
        <source>; expected %1</source>
        <translation>; erwartet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s) ran, %2 refused with TooManyRequestsException%3</source>
        <translation>
            <numerusform>%1 von %n Aufruf liefen, %2 mit TooManyRequestsException abgelehnt%3</numerusform>
            <numerusform>%1 von %n Aufrufen liefen, %2 mit TooManyRequestsException abgelehnt%3</numerusform>
        </translation>
    </message>
    <message>
        <source>; expected %1 refused</source>
        <translation>; erwartet: %1 abgelehnt</translation>
    </message>
    <message>
        <source>%1 after %2 idle (pool time)</source>
        <translation>%1 nach %2 Leerlauf (Pool-Zeit)</translation>
    </message>
    <message numerus="yes">
        <source>no instance expired during the step (%n alive at its end)</source>
        <translation>
            <numerusform>keine Instanz ist während des Schritts abgelaufen (%n lebt an seinem Ende)</numerusform>
            <numerusform>keine Instanz ist während des Schritts abgelaufen (%n leben an seinem Ende)</numerusform>
        </translation>
    </message>
    <message>
        <source>no instance of %1 is left</source>
        <translation>von %1 ist keine Instanz übrig</translation>
    </message>
    <message numerus="yes">
        <source>no instance expired; %n still warm at the step&apos;s end</source>
        <translation>
            <numerusform>keine Instanz ist abgelaufen; %n noch warm am Ende des Schritts</numerusform>
            <numerusform>keine Instanz ist abgelaufen; %n noch warm am Ende des Schritts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled invocation(s) ran%1, %2 of them cold</source>
        <translation>
            <numerusform>%n geplanter Aufruf lief%1, %2 davon kalt</numerusform>
            <numerusform>%n geplante Aufrufe liefen%1, %2 davon kalt</numerusform>
        </translation>
    </message>
    <message>
        <source> over %1 of pool time</source>
        <translation> über %1 Pool-Zeit</translation>
    </message>
    <message>
        <source>; expected at least %1</source>
        <translation>; erwartet: mindestens %1</translation>
    </message>
    <message numerus="yes">
        <source>during the step: %1 requests, %2 GB-s, $%3 billed, with %n instance(s) warm; the calls before it cost %4 GB-s and %5 requests ($%6)</source>
        <translation>
            <numerusform>während des Schritts: %1 Anfragen, %2 GB-s, $%3 berechnet, bei %n warmen Instanz; die Aufrufe davor kosteten %4 GB-s und %5 Anfragen ($%6)</numerusform>
            <numerusform>während des Schritts: %1 Anfragen, %2 GB-s, $%3 berechnet, bei %n warmen Instanzen; die Aufrufe davor kosteten %4 GB-s und %5 Anfragen ($%6)</numerusform>
        </translation>
    </message>
    <message>
        <source>; but no instance was warm, so nothing shows that idling is free</source>
        <translation>; aber keine Instanz war warm, also zeigt nichts, dass Leerlauf kostenlos ist</translation>
    </message>
    <message>
        <source>unknown check &quot;%1&quot;</source>
        <translation>unbekannte Prüfung „%1“</translation>
    </message>
    <message>
        <source>wait for a sandbox made ahead of need</source>
        <translation>auf eine im Voraus angelegte Sandbox warten</translation>
    </message>
    <message>
        <source>wait for a sandbox made ahead of need (this backend makes none)</source>
        <translation>auf eine im Voraus angelegte Sandbox warten (dieses Backend legt keine an)</translation>
    </message>
    <message>
        <source>no sandbox was made ahead of need within %1 s</source>
        <translation>innerhalb von %1 s wurde keine Sandbox im Voraus angelegt</translation>
    </message>
    <message>
        <source>from a sandbox prepared ahead of need</source>
        <translation>aus einer im Voraus vorbereiteten Sandbox</translation>
    </message>
    <message>
        <source>with a sandbox made on demand</source>
        <translation>mit einer bei Bedarf angelegten Sandbox</translation>
    </message>
    <message>
        <source>call %1 started instance %2 with a sandbox made on demand, not a prepared one</source>
        <translation>Aufruf %1 startete Instanz %2 mit einer bei Bedarf angelegten Sandbox, nicht mit einer vorbereiteten</translation>
    </message>
    <message>
        <source>call %1 started instance %2 from a prepared sandbox, not one made on demand</source>
        <translation>Aufruf %1 startete Instanz %2 aus einer vorbereiteten Sandbox, nicht aus einer bei Bedarf angelegten</translation>
    </message>
    <message>
        <source>call %1 started a new instance, %2, %3: whole start %4, init %5, then %6 in the handler</source>
        <translation>Aufruf %1 startete eine neue Instanz, %2, %3: ganzer Start %4, Init %5, dann %6 im Handler</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>%1 cold start(s) made their sandbox on demand, %2 took one prepared ahead of need</source>
        <translation>Kaltstarts mit bei Bedarf angelegter Sandbox: %1, mit einer im Voraus vorbereiteten: %2</translation>
    </message>
    <message>
        <source>; expected at least %1 on demand</source>
        <translation>; erwartet mindestens %1 bei Bedarf</translation>
    </message>
    <message>
        <source>wait for a copy restored from the snapshot ahead of need</source>
        <translation>auf eine im Voraus aus dem Snapshot wiederhergestellte Kopie warten</translation>
    </message>
    <message>
        <source>wait for a copy restored from the snapshot ahead of need (none here: %1)</source>
        <translation>auf eine im Voraus aus dem Snapshot wiederhergestellte Kopie warten (hier keine: %1)</translation>
    </message>
    <message>
        <source>no copy was restored from the snapshot ahead of need within %1 s</source>
        <translation>innerhalb von %1 s wurde keine Kopie im Voraus aus dem Snapshot wiederhergestellt</translation>
    </message>
    <message>
        <source>call %1 invoked $LATEST, which SnapStart does not apply to: Lambda takes snapshots of published versions only (invoke the alias)</source>
        <translation>Aufruf %1 rief $LATEST auf, für das SnapStart nicht gilt: Lambda nimmt Snapshots nur von veröffentlichten Versionen auf (rufen Sie den Alias auf)</translation>
    </message>
    <message>
        <source>this machine cannot show it. %1. Call %2 started instance %3 cold as usual instead: init %4, then %5 in the handler</source>
        <translation>dieser Rechner kann es nicht zeigen. %1. Aufruf %2 startete Instanz %3 stattdessen wie gewohnt kalt: Init %4, dann %5 im Handler</translation>
    </message>
    <message>
        <source>call %1 woke instance %2, restored from a snapshot: no init of its own</source>
        <translation>Aufruf %1 weckte Instanz %2, aus einem Snapshot wiederhergestellt: keine eigene Init</translation>
    </message>
    <message>
        <source>this machine cannot show it. The %1 backend makes no sandbox ahead of need (runc and crun do); call %2 made its sandbox on demand</source>
        <translation>dieser Rechner kann es nicht zeigen. Das Backend %1 legt keine Sandbox im Voraus an (runc und crun tun es); Aufruf %2 legte seine Sandbox bei Bedarf an</translation>
    </message>
    <message>
        <source>%1 needs two calls</source>
        <translation>%1 braucht zwei Aufrufe</translation>
    </message>
    <message>
        <source>: each drew its own (instances %1 and %2)</source>
        <translation>: Jeder zog seinen eigenen (Instanzen %1 und %2)</translation>
    </message>
    <message>
        <source>calls %1 and %2 both saw %3 = %4 on two instances (%5 and %6): made once, in the init that both started from</source>
        <translation>Aufrufe %1 und %2 sahen beide %3 = %4 auf zwei Instanzen (%5 und %6): einmal angelegt, in der Init, von der beide ausgingen</translation>
    </message>
    <message>
        <source>call %1 started instance %2 cold without SnapStart: %3</source>
        <translation>Aufruf %1 startete Instanz %2 kalt ohne SnapStart: %3</translation>
    </message>
    <message>
        <source>%1 has no SnapStart (SnapStart: ApplyOn: PublishedVersions)</source>
        <translation>%1 hat kein SnapStart (SnapStart: ApplyOn: PublishedVersions)</translation>
    </message>
    <message>
        <source>call %1 woke instance %2, restored from a snapshot taken before: the init did not run</source>
        <translation>Aufruf %1 weckte Instanz %2, aus einem früher aufgenommenen Snapshot wiederhergestellt: Die Init lief nicht</translation>
    </message>
    <message>
        <source>call %1 started instance %2 on demand and ran the init once, for the snapshot: Init Duration %3 (the init, the before-snapshot hooks and the checkpoint), then %4 in the handler</source>
        <translation>Aufruf %1 startete Instanz %2 bei Bedarf und führte die Init einmal aus, für den Snapshot: Init Duration %3 (die Init, die Before-Snapshot-Hooks und der Checkpoint), dann %4 im Handler</translation>
    </message>
    <message>
        <source>call %1 started instance %2 cold with an init of its own (%3), not restored from the snapshot</source>
        <translation>Aufruf %1 startete Instanz %2 kalt mit eigener Init (%3), nicht aus dem Snapshot wiederhergestellt</translation>
    </message>
    <message>
        <source>call %1 woke instance %2, %3: Restore Duration %4 (billed %5), no Init Duration, then %6 in the handler</source>
        <translation>Aufruf %1 weckte Instanz %2, %3: Restore Duration %4 (abgerechnet %5), keine Init Duration, dann %6 im Handler</translation>
    </message>
    <message>
        <source>a copy restored from the snapshot ahead of need</source>
        <translation>eine im Voraus aus dem Snapshot wiederhergestellte Kopie</translation>
    </message>
    <message>
        <source>restored from the snapshot on demand</source>
        <translation>bei Bedarf aus dem Snapshot wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>Bullpen::LessonsFeature</name>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Lesson running: watch the Pool, Timeline and Pool Charts docks.</source>
        <translation>Lektion läuft: Beobachten Sie die Leisten „Pool“, „Zeitleiste“ und „Pool-Diagramme“.</translation>
    </message>
    <message>
        <source>This is your copy of the lesson&apos;s project: change the code, save, and replay the lesson.</source>
        <translation>Dies ist Ihre Kopie des Lektionsprojekts: Ändern Sie den Code, speichern Sie und spielen Sie die Lektion erneut ab.</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>Lessons: cold and warm starts, state, scale-out, keep-alive, warm-up, provisioned concurrency, throttling, cost, played on real containers</source>
        <translation>Lektionen: Kalt- und Warmstarts, Zustand, Skalierung, Keep-Alive, Aufwärmen, bereitgestellte Gleichzeitigkeit, Drosselung, Kosten, abgespielt auf echten Containern</translation>
    </message>
</context>
<context>
    <name>Bullpen::LessonsWidget</name>
    <message>
        <source>&amp;Play</source>
        <translation>Ab&amp;spielen</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Schritt</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Open the function</source>
        <translation>Funktion ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>The step&apos;s text and checks</source>
        <translation>Text und Prüfungen des Schritts</translation>
    </message>
    <message>
        <source>Play the lesson from here to its end</source>
        <translation>Die Lektion von hier bis zum Ende abspielen</translation>
    </message>
    <message>
        <source>Stop after the step in progress</source>
        <translation>Nach dem laufenden Schritt anhalten</translation>
    </message>
    <message>
        <source>Play the next step, then pause</source>
        <translation>Den nächsten Schritt abspielen, dann pausieren</translation>
    </message>
    <message>
        <source>Stop the lesson&apos;s instances and start again from the first step</source>
        <translation>Die Instanzen der Lektion beenden und beim ersten Schritt neu beginnen</translation>
    </message>
    <message>
        <source>Open the lesson&apos;s project (your copy, in the data folder) and its function&apos;s code: change it and play the lesson again</source>
        <translation>Das Projekt der Lektion (Ihre Kopie im Datenordner) und den Code ihrer Funktion öffnen: Ändern Sie ihn und spielen Sie die Lektion erneut ab</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Press Play to run the whole lesson, or Step to go one step at a time. Its function runs in real containers; the Pool, Timeline and Pool Charts docks narrate it.</source>
        <translation>Drücken Sie „Abspielen“ für die ganze Lektion oder „Schritt“, um Schritt für Schritt vorzugehen. Ihre Funktion läuft in echten Containern; die Leisten „Pool“, „Zeitleiste“ und „Pool-Diagramme“ zeigen, was geschieht.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>What to notice:</source>
        <translation>Worauf zu achten ist:</translation>
    </message>
    <message>
        <source>Running:</source>
        <translation>Läuft:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Was geschah:</translation>
    </message>
    <message>
        <source>Could not run:</source>
        <translation>Konnte nicht laufen:</translation>
    </message>
    <message>
        <source>✔ holds:</source>
        <translation>✔ erfüllt:</translation>
    </message>
    <message>
        <source>✘ does not hold:</source>
        <translation>✘ nicht erfüllt:</translation>
    </message>
    <message>
        <source>Done (this step only prepares the next).</source>
        <translation>Fertig (dieser Schritt bereitet nur den nächsten vor).</translation>
    </message>
    <message>
        <source>The lesson cannot run: %1</source>
        <translation>Die Lektion kann nicht laufen: %1</translation>
    </message>
    <message>
        <source>Step %1 is running…</source>
        <translation>Schritt %1 läuft …</translation>
    </message>
    <message>
        <source>Step %1: every check holds.</source>
        <translation>Schritt %1: Jede Prüfung ist erfüllt.</translation>
    </message>
    <message>
        <source>Step %1: a check does not hold; see why above.</source>
        <translation>Schritt %1: Eine Prüfung ist nicht erfüllt; der Grund steht oben.</translation>
    </message>
    <message>
        <source>Lesson done: every check held. Change the function (Open the function) and replay it to see what your change does.</source>
        <translation>Lektion beendet: Jede Prüfung wurde erfüllt. Ändern Sie die Funktion („Funktion öffnen“) und spielen Sie die Lektion erneut ab, um zu sehen, was Ihre Änderung bewirkt.</translation>
    </message>
    <message>
        <source>Lesson done, with checks that did not hold (marked above).</source>
        <translation>Lektion beendet, mit Prüfungen, die nicht erfüllt wurden (oben markiert).</translation>
    </message>
    <message>
        <source>Pausing after the step in progress.</source>
        <translation>Pause nach dem laufenden Schritt.</translation>
    </message>
    <message>
        <source>⊘ not shown here:</source>
        <translation>⊘ hier nicht gezeigt:</translation>
    </message>
    <message>
        <source>Step %1: this machine cannot show all of it; see why above.</source>
        <translation>Schritt %1: Dieser Rechner kann nicht alles davon zeigen; siehe oben, warum.</translation>
    </message>
    <message numerus="yes">
        <source>Lesson done: every check held that this machine can show; %n could not be shown here (marked above, with why).</source>
        <translation>
            <numerusform>Lektion fertig: Jede Prüfung, die dieser Rechner zeigen kann, ist erfüllt; %n konnte hier nicht gezeigt werden (oben markiert, mit Begründung).</numerusform>
            <numerusform>Lektion fertig: Jede Prüfung, die dieser Rechner zeigen kann, ist erfüllt; %n konnten hier nicht gezeigt werden (oben markiert, mit Begründung).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::LoadLabPanel</name>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Keep-alive policies</source>
        <translation>Keep-Alive-Strategien</translation>
    </message>
    <message>
        <source>Load Lab</source>
        <translation>Lastlabor</translation>
    </message>
    <message>
        <source>Load running: the Pool, Timeline and Pool Charts docks show it live.</source>
        <translation>Last läuft: Die Leisten „Pool“, „Zeitleiste“ und „Pool-Diagramme“ zeigen sie live.</translation>
    </message>
    <message>
        <source>&amp;Load Lab</source>
        <translation>&amp;Lastlabor</translation>
    </message>
    <message>
        <source>Drive a function with an arrival process or a trace; compare keep-alive policies</source>
        <translation>Eine Funktion mit einem Ankunftsprozess oder einem Trace belasten; Keep-Alive-Strategien vergleichen</translation>
    </message>
</context>
<context>
    <name>Bullpen::LoadLabWidget</name>
    <message>
        <source>Poisson arrivals, seed</source>
        <translation>Poisson-Ankünfte, Startwert</translation>
    </message>
    <message>
        <source>Start load</source>
        <translation>Last starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Export calls (CSV)…</source>
        <translation>Aufrufe exportieren (CSV) …</translation>
    </message>
    <message>
        <source>Export summary (JSON)…</source>
        <translation>Zusammenfassung exportieren (JSON) …</translation>
    </message>
    <message>
        <source>Shapes…</source>
        <translation>Profile …</translation>
    </message>
    <message>
        <source>Constant 10/s</source>
        <translation>Konstant 10/s</translation>
    </message>
    <message>
        <source>Poisson 10/s</source>
        <translation>Poisson 10/s</translation>
    </message>
    <message>
        <source>Steps 1, 5, 20/s</source>
        <translation>Stufen 1, 5, 20/s</translation>
    </message>
    <message>
        <source>Ramp 0 → 50/s</source>
        <translation>Rampe 0 → 50/s</translation>
    </message>
    <message>
        <source>Burst of 100/s</source>
        <translation>Schub mit 100/s</translation>
    </message>
    <message>
        <source>Sine 10 ± 8/s, 1 min</source>
        <translation>Sinus 10 ± 8/s, 1 min</translation>
    </message>
    <message>
        <source>Diurnal 5 ± 4/s</source>
        <translation>Tagesgang 5 ± 4/s</translation>
    </message>
    <message>
        <source> pool s</source>
        <translation> Pool-s</translation>
    </message>
    <message>
        <source>The pool clock&apos;s speed for this load (arrivals and keep-alive); handlers still take real time</source>
        <translation>Die Geschwindigkeit der Pool-Uhr für diese Last (Ankünfte und Keep-Alive); Handler brauchen weiterhin Echtzeit</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Calls in flight at most; later ones wait and are counted as queued</source>
        <translation>Höchstens so viele laufende Aufrufe; weitere warten und zählen als eingereiht</translation>
    </message>
    <message>
        <source>none: use the shape</source>
        <translation>keiner: das Profil verwenden</translation>
    </message>
    <message>
        <source>A CSV of &apos;offset_ms,function&apos; lines, or an Azure Functions 2019 per-minute count file</source>
        <translation>Eine CSV-Datei mit Zeilen „offset_ms,function“ oder eine Datei mit Minutenzählungen von Azure Functions 2019</translation>
    </message>
    <message>
        <source>round-robin</source>
        <translation>reihum</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Funktion:</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Trace:</source>
        <translation>Trace:</translation>
    </message>
    <message>
        <source>Azure mapping:</source>
        <translation>Azure-Zuordnung:</translation>
    </message>
    <message>
        <source>Pool clock:</source>
        <translation>Pool-Uhr:</translation>
    </message>
    <message>
        <source>Concurrency cap:</source>
        <translation>Gleichzeitigkeitsgrenze:</translation>
    </message>
    <message>
        <source>The summary of the last load appears here.</source>
        <translation>Hier erscheint die Zusammenfassung der letzten Last.</translation>
    </message>
    <message>
        <source>Load lab</source>
        <translation>Lastlabor</translation>
    </message>
    <message>
        <source>The pool clock will run %1× faster than real time: arrivals and keep-alive follow it, handlers still take real time. This is not a real-time result: concurrency and cold starts will be higher than the same load in real time.</source>
        <translation>Die Pool-Uhr läuft %1× schneller als die Echtzeit: Ankünfte und Keep-Alive folgen ihr, Handler brauchen weiterhin Echtzeit. Das ist kein Echtzeit-Ergebnis: Gleichzeitigkeit und Kaltstarts fallen höher aus als bei derselben Last in Echtzeit.</translation>
    </message>
    <message>
        <source>Open a project with a function first.</source>
        <translation>Öffnen Sie zuerst ein Projekt mit einer Funktion.</translation>
    </message>
    <message>
        <source>%1 for %2 s</source>
        <translation>%1 für %2 s</translation>
    </message>
    <message>
        <source>The trace calls &apos;%1&apos;, which the project does not have; its functions are: %2</source>
        <translation>Der Trace ruft „%1“ auf, das das Projekt nicht hat; seine Funktionen sind: %2</translation>
    </message>
    <message>
        <source>trace %1</source>
        <translation>Trace %1</translation>
    </message>
    <message>
        <source>The load has no arrivals (a rate of 0, or too short a duration).</source>
        <translation>Die Last hat keine Ankünfte (eine Rate von 0 oder eine zu kurze Dauer).</translation>
    </message>
    <message>
        <source>A load is running; stop it first.</source>
        <translation>Eine Last läuft; halten Sie sie zuerst an.</translation>
    </message>
    <message>
        <source>Arrived %1 of %2 · in flight %3 · queued %4 · done %5 · cold %6 · warm %7 · throttled %8 · errors %9 · peak instances %10</source>
        <translation>Eingetroffen %1 von %2 · laufend %3 · eingereiht %4 · fertig %5 · kalt %6 · warm %7 · gedrosselt %8 · Fehler %9 · Instanzen in der Spitze %10</translation>
    </message>
    <message>
        <source>Trace to replay</source>
        <translation>Abzuspielender Trace</translation>
    </message>
    <message>
        <source>Traces (*.csv);;All files (*)</source>
        <translation>Traces (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No load has run yet.</source>
        <translation>Noch keine Last ist gelaufen.</translation>
    </message>
    <message>
        <source>No load has finished yet.</source>
        <translation>Noch keine Last ist beendet.</translation>
    </message>
    <message>
        <source>Export the summary</source>
        <translation>Die Zusammenfassung exportieren</translation>
    </message>
    <message>
        <source>Export the calls</source>
        <translation>Die Aufrufe exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Bullpen::LoadSummary</name>
    <message>
        <source>Not a real-time result: the pool clock ran %1× faster than real time. Arrivals and keep-alive follow the pool clock, but handlers still take real time, so concurrency and cold starts are higher than the same load would give in real time.</source>
        <translation>Kein Echtzeitergebnis: Die Pool-Uhr lief %1× schneller als die echte Zeit. Ankünfte und Keep-Alive folgen der Pool-Uhr, Handler brauchen aber weiter echte Zeit, daher sind Parallelität und Kaltstarts höher, als dieselbe Last in Echtzeit ergäbe.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>p50 %1 ms, p95 %2 ms, p99 %3 ms (%4)</source>
        <translation>p50 %1 ms, p95 %2 ms, p99 %3 ms (%4)</translation>
    </message>
    <message>
        <source>Load: %1 on %2</source>
        <translation>Last: %1 auf %2</translation>
    </message>
    <message>
        <source>Requests: %1 of %2 planned arrivals%3</source>
        <translation>Anfragen: %1 von %2 geplanten Ankünften%3</translation>
    </message>
    <message>
        <source> (stopped early)</source>
        <translation> (vorzeitig beendet)</translation>
    </message>
    <message>
        <source>Cold starts: %1 (%2 % of the calls that reached an instance), warm: %3</source>
        <translation>Kaltstarts: %1 (%2 % der Aufrufe, die eine Instanz erreichten), warm: %3</translation>
    </message>
    <message>
        <source>Latency, all: %1</source>
        <translation>Latenz, alle: %1</translation>
    </message>
    <message>
        <source>Latency, cold: %1</source>
        <translation>Latenz, kalt: %1</translation>
    </message>
    <message>
        <source>Latency, warm: %1</source>
        <translation>Latenz, warm: %1</translation>
    </message>
    <message>
        <source>Throttles: %1, errors: %2, queued at the cap: %3 (at most %4 waiting)</source>
        <translation>Drosselungen: %1, Fehler: %2, an der Grenze eingereiht: %3 (höchstens %4 wartend)</translation>
    </message>
    <message>
        <source>Peak instances: %1, peak in flight: %2</source>
        <translation>Höchstzahl Instanzen: %1, höchstens gleichzeitig in Bearbeitung: %2</translation>
    </message>
    <message>
        <source>GB-seconds: %1, cost: $%2</source>
        <translation>GB-Sekunden: %1, Kosten: $%2</translation>
    </message>
    <message>
        <source>Arrivals: %1 per real second achieved, at most %2 ms late (pool)</source>
        <translation>Ankünfte: %1 pro echter Sekunde erreicht, höchstens %2 ms verspätet (Pool)</translation>
    </message>
</context>
<context>
    <name>Bullpen::LogView</name>
    <message>
        <source>The logs of the selected invocation appear here.</source>
        <translation>Hier erscheinen die Logs des ausgewählten Aufrufs.</translation>
    </message>
    <message>
        <source>Running: %1 s of %2 s timeout</source>
        <translation>Läuft: %1 s von %2 s Zeitlimit</translation>
    </message>
    <message>
        <source>Running: %1 s</source>
        <translation>Läuft: %1 s</translation>
    </message>
</context>
<context>
    <name>Bullpen::MainWindow</name>
    <message>
        <source>Saved all changes</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>Could not open the project: %1</source>
        <translation>Das Projekt konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>template.yaml has an error; the last good version stays in use: %1</source>
        <translation>template.yaml enthält einen Fehler; die letzte gute Fassung bleibt in Gebrauch: %1</translation>
    </message>
    <message>
        <source>Opened project %1</source>
        <translation>Projekt %1 geöffnet</translation>
    </message>
    <message>
        <source>Could not create the project: %1</source>
        <translation>Das Projekt konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>%1[*] — %2 — Bullpen</source>
        <translation>%1[*] — %2 — Bullpen</translation>
    </message>
    <message>
        <source>%1[*] — Bullpen</source>
        <translation>%1[*] — Bullpen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>&amp;Projekt öffnen …</translation>
    </message>
    <message>
        <source>New Pro&amp;ject…</source>
        <translation>Neues Pro&amp;jekt …</translation>
    </message>
    <message>
        <source>&amp;Recent Projects</source>
        <translation>&amp;Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Einstellu&amp;ngen …</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Leisten</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Bullpen</source>
        <translation>Über &amp;Bullpen</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>The documentation (README.md) was not found beside Bullpen.</source>
        <translation>Die Dokumentation (README.md) wurde neben Bullpen nicht gefunden.</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>These have unsaved changes:&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;Save them all?</source>
        <translation>Diese haben ungespeicherte Änderungen:&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;Alle speichern?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>“%1” was changed by another program, and you have unsaved edits in it.

Reload it from the disk and lose your edits?</source>
        <translation>„%1“ wurde von einem anderen Programm geändert, und Sie haben darin ungespeicherte Änderungen.

Von der Festplatte neu laden und Ihre Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Bullpen</source>
        <translation>Bullpen</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Save File As</source>
        <translation>Datei speichern unter</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>SAM templates (template.yaml template.yml template.json *.yaml *.yml);;All files (*)</source>
        <translation>SAM-Vorlagen (template.yaml template.yml template.json *.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About Bullpen</source>
        <translation>Über Bullpen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bullpen %1&lt;/h3&gt;&lt;p&gt;Develop AWS-Lambda-style functions on your own machine: open a SAM project, edit handlers, build events, and run them in a local warm pool of containers that speaks Lambda&apos;s Runtime API.&lt;/p&gt;&lt;p&gt;Engine: %2.&lt;/p&gt;&lt;p&gt;Syntax highlighting by KDE&apos;s KSyntaxHighlighting. Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bullpen %1&lt;/h3&gt;&lt;p&gt;AWS-Lambda-artige Funktionen auf dem eigenen Rechner entwickeln: ein SAM-Projekt öffnen, Handler bearbeiten, Ereignisse erstellen und sie in einem lokalen Warm-Pool aus Containern ausführen, der Lambdas Runtime API spricht.&lt;/p&gt;&lt;p&gt;Engine: %2.&lt;/p&gt;&lt;p&gt;Syntaxhervorhebung durch KSyntaxHighlighting von KDE. Erstellt mit Qt %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Bullpen::NewProjectDialog</name>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Create the Project In</source>
        <translation>Projekt erstellen in</translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation>&amp;Beispiel:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Give the project a folder name.</source>
        <translation>Geben Sie dem Projekt einen Ordnernamen.</translation>
    </message>
    <message>
        <source>The location is not a folder.</source>
        <translation>Der Ort ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty.</source>
        <translation>%1 existiert bereits und ist nicht leer.</translation>
    </message>
</context>
<context>
    <name>Bullpen::PolicyLabView</name>
    <message>
        <source>Run the synthetic day</source>
        <translation>Den synthetischen Tag ausführen</translation>
    </message>
    <message>
        <source>Run a trace…</source>
        <translation>Einen Trace ausführen …</translation>
    </message>
    <message>
        <source> functions</source>
        <translation> Funktionen</translation>
    </message>
    <message>
        <source>Functions in the synthetic day (the distributions of Shahrad et al., ATC 2020)</source>
        <translation>Funktionen im synthetischen Tag (die Verteilungen von Shahrad et al., ATC 2020)</translation>
    </message>
    <message>
        <source>One container per application (the paper&apos;s model)</source>
        <translation>Ein Container pro Anwendung (das Modell des Artikels)</translation>
    </message>
    <message>
        <source>One call per instance (Lambda&apos;s rule)</source>
        <translation>Ein Aufruf pro Instanz (Lambdas Regel)</translation>
    </message>
    <message>
        <source>The paper simulates one container per application that serves every call; Lambda and Bullpen&apos;s pool run one call per instance and scale out, each idle instance with its own keep-alive</source>
        <translation>Der Artikel simuliert einen Container pro Anwendung, der jeden Aufruf bedient; Lambda und Bullpens Pool führen einen Aufruf pro Instanz aus und skalieren hoch, jede untätige Instanz mit eigenem Keep-Alive</translation>
    </message>
    <message>
        <source>The pool&apos;s model (no containers) under keep-alive policies: none, fixed 1, 5, 10, 20, 45, 60 and 120 minutes, and the hybrid histogram policy of Shahrad et al. (USENIX ATC 2020) with the histogram ranges of its Fig. 15: 2, 3 and 4 hours.</source>
        <translation>Das Modell des Pools (ohne Container) unter Keep-Alive-Strategien: keine, fest 1, 5, 10, 20, 45, 60 und 120 Minuten und die hybride Histogramm-Strategie von Shahrad et al. (USENIX ATC 2020) mit den Histogrammbereichen ihrer Abb. 15: 2, 3 und 4 Stunden.</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Cold starts</source>
        <translation>Kaltstarts</translation>
    </message>
    <message>
        <source>3rd quartile of functions&apos; cold %</source>
        <translation>3. Quartil des Kalt-% der Funktionen</translation>
    </message>
    <message>
        <source>Wasted GB-s</source>
        <translation>Verschwendete GB-s</translation>
    </message>
    <message>
        <source>vs fixed 10 min</source>
        <translation>gegenüber fest 10 min</translation>
    </message>
    <message>
        <source>Cold starts per function (CDF)</source>
        <translation>Kaltstarts pro Funktion (Verteilungsfunktion)</translation>
    </message>
    <message>
        <source>Cold starts against wasted memory</source>
        <translation>Kaltstarts gegen verschwendeten Speicher</translation>
    </message>
    <message>
        <source>Trace for the policy lab</source>
        <translation>Trace für das Strategielabor</translation>
    </message>
    <message>
        <source>Traces (*.csv);;All files (*)</source>
        <translation>Traces (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Policy lab</source>
        <translation>Strategielabor</translation>
    </message>
    <message>
        <source>%1 (%2 ms per call, %3 MB)</source>
        <translation>%1 (%2 ms pro Aufruf, %3 MB)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>Cold-start % of a function&apos;s calls</source>
        <translation>Kaltstart-% der Aufrufe einer Funktion</translation>
    </message>
    <message>
        <source>% of functions</source>
        <translation>% der Funktionen</translation>
    </message>
    <message>
        <source>Wasted memory time, % of fixed 10 min</source>
        <translation>Verschwendete Speicherzeit, % von fest 10 min</translation>
    </message>
    <message>
        <source>3rd quartile of functions&apos; cold-start %</source>
        <translation>3. Quartil der Kaltstart-% der Funktionen</translation>
    </message>
    <message numerus="yes">
        <source>a synthetic day of %n functions (seed %1)</source>
        <translation>
            <numerusform>ein synthetischer Tag mit %n Funktion (Startwert %1)</numerusform>
            <numerusform>ein synthetischer Tag mit %n Funktionen (Startwert %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running %n calls of %1 through the model…</source>
        <translation>
            <numerusform>%n Aufruf von %1 läuft durch das Modell …</numerusform>
            <numerusform>%n Aufrufe von %1 laufen durch das Modell …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::PoolCharts</name>
    <message>
        <source>Latency (real time; a cold start&apos;s init included)</source>
        <translation>Latenz (Echtzeit; mit der Initialisierung eines Kaltstarts)</translation>
    </message>
    <message>
        <source>Instances and concurrency (pool clock)</source>
        <translation>Instanzen und Gleichzeitigkeit (Pool-Uhr)</translation>
    </message>
    <message>
        <source>Cold-start ratio (pool clock)</source>
        <translation>Kaltstartquote (Pool-Uhr)</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kalt</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <source>Invocations</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Concurrency (peak)</source>
        <translation>Gleichzeitigkeit (Spitze)</translation>
    </message>
    <message>
        <source>Pool time (s)</source>
        <translation>Pool-Zeit (s)</translation>
    </message>
    <message>
        <source>Cold starts / invocations (%)</source>
        <translation>Kaltstarts / Aufrufe (%)</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Cold starts</source>
        <translation>Kaltstarts</translation>
    </message>
</context>
<context>
    <name>Bullpen::PoolFeature</name>
    <message>
        <source>That invocation was not run from this window; it has no history entry.</source>
        <translation>Dieser Aufruf wurde nicht aus diesem Fenster ausgeführt; er hat keinen Verlaufseintrag.</translation>
    </message>
</context>
<context>
    <name>Bullpen::PoolPanel</name>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Pool Charts</source>
        <translation>Pool-Diagramme</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>&amp;Pool</source>
        <translation>&amp;Pool</translation>
    </message>
    <message>
        <source>&amp;Stop Instance</source>
        <translation>Instanz &amp;beenden</translation>
    </message>
    <message>
        <source>Choose an instance in the pool view first (click it, or move to it with the arrow keys).</source>
        <translation>Wählen Sie zuerst eine Instanz in der Pool-Ansicht (anklicken oder mit den Pfeiltasten hinbewegen).</translation>
    </message>
    <message>
        <source>Stop the pool view&apos;s current instance; the next call of its function is cold</source>
        <translation>Die aktuelle Instanz der Pool-Ansicht beenden; der nächste Aufruf ihrer Funktion ist kalt</translation>
    </message>
    <message>
        <source>&amp;Expire All Idle Instances Now</source>
        <translation>Alle untätigen Instanzen jetzt a&amp;blaufen lassen</translation>
    </message>
    <message>
        <source>&amp;Pre-warm Instances…</source>
        <translation>Instanzen &amp;vorwärmen …</translation>
    </message>
    <message>
        <source>Initialise instances of the chosen function ahead of any call</source>
        <translation>Instanzen der gewählten Funktion vor jedem Aufruf initialisieren</translation>
    </message>
    <message>
        <source>Pool &amp;Clock</source>
        <translation>Pool-&amp;Uhr</translation>
    </message>
    <message>
        <source>Real Time</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <source>×10</source>
        <translation>×10</translation>
    </message>
    <message>
        <source>×60</source>
        <translation>×60</translation>
    </message>
    <message>
        <source>×600</source>
        <translation>×600</translation>
    </message>
    <message>
        <source>Timeline &amp;Follows Live</source>
        <translation>Zeitleiste &amp;folgt live</translation>
    </message>
    <message>
        <source>&amp;Replay a Trace…</source>
        <translation>Trace &amp;abspielen …</translation>
    </message>
    <message>
        <source>Replay a Pool Trace</source>
        <translation>Einen Pool-Trace abspielen</translation>
    </message>
    <message>
        <source>Pool traces (*.jsonl *.json);;All files (*)</source>
        <translation>Pool-Traces (*.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Clear Timeline and Charts</source>
        <translation>Zeitleiste und Diagramme &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Pre-warm Instances of %1…</source>
        <translation>Instanzen von %1 &amp;vorwärmen …</translation>
    </message>
    <message>
        <source>&amp;Stop Instance %1</source>
        <translation>Instanz %1 &amp;beenden</translation>
    </message>
    <message>
        <source>Instance %1 is not running.</source>
        <translation>Instanz %1 läuft nicht.</translation>
    </message>
    <message>
        <source>Stopped instance %1: the next call of its function starts a new one (cold) unless another is idle.</source>
        <translation>Instanz %1 beendet: Der nächste Aufruf ihrer Funktion startet eine neue (kalt), sofern keine andere untätig ist.</translation>
    </message>
    <message>
        <source>No idle on-demand instance to expire (provisioned ones never expire).</source>
        <translation>Keine untätige On-Demand-Instanz zum Ablaufen (bereitgestellte laufen nie ab).</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n idle instance(s) now.</source>
        <translation>
            <numerusform>%n untätige Instanz jetzt abgelaufen.</numerusform>
            <numerusform>%n untätige Instanzen jetzt abgelaufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a function of the open project.</source>
        <translation>%1 ist keine Funktion des offenen Projekts.</translation>
    </message>
    <message>
        <source>The engine cannot run here: %1</source>
        <translation>Die Engine kann hier nicht laufen: %1</translation>
    </message>
    <message>
        <source>Cannot pre-warm %1: %2</source>
        <translation>%1 kann nicht vorgewärmt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Pre-warming %n instance(s) of %1: their init is on no caller&apos;s path.</source>
        <translation>
            <numerusform>%n Instanz von %1 wird vorgewärmt: Ihre Initialisierung liegt auf keinem Aufrufpfad.</numerusform>
            <numerusform>%n Instanzen von %1 werden vorgewärmt: Ihre Initialisierung liegt auf keinem Aufrufpfad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a function to pre-warm first.</source>
        <translation>Wählen Sie zuerst eine Funktion zum Vorwärmen.</translation>
    </message>
    <message>
        <source>Pre-warm %1</source>
        <translation>%1 vorwärmen</translation>
    </message>
    <message>
        <source>Instances of %1 to initialise now, ahead of any call:</source>
        <translation>Instanzen von %1, die jetzt vor jedem Aufruf initialisiert werden:</translation>
    </message>
    <message numerus="yes">
        <source>Pre-warming %1 of %n instances of %2 (the instance cap allows no more).</source>
        <translation>
            <numerusform>%1 von %n Instanz von %2 wird vorgewärmt (die Instanzgrenze erlaubt nicht mehr).</numerusform>
            <numerusform>%1 von %n Instanzen von %2 werden vorgewärmt (die Instanzgrenze erlaubt nicht mehr).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::PoolStateModel</name>
    <message>
        <source>Starting (init done)</source>
        <translation>Startet (Init fertig)</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Untätig</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>Abgestürzt</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Speicher erschöpft</translation>
    </message>
    <message>
        <source>Init failed</source>
        <translation>Init fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>%1 busy · %2 idle · %3 starting</source>
        <translation>%1 beschäftigt · %2 untätig · %3 startend</translation>
    </message>
    <message>
        <source>%1 / %2 MB</source>
        <translation>%1 / %2 MB</translation>
    </message>
    <message>
        <source>Function / instance</source>
        <translation>Funktion / Instanz</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Invocations</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
</context>
<context>
    <name>Bullpen::PoolSummaryBar</name>
    <message>
        <source>Real time</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <source>×10</source>
        <translation>×10</translation>
    </message>
    <message>
        <source>×60</source>
        <translation>×60</translation>
    </message>
    <message>
        <source>×600</source>
        <translation>×600</translation>
    </message>
    <message>
        <source>The pool clock: keep-alive, schedules and provisioned time run on it. A handler&apos;s timeout is always real time.</source>
        <translation>Die Pool-Uhr: Keep-Alive, Zeitpläne und bereitgestellte Zeit laufen nach ihr. Das Zeitlimit eines Handlers ist immer Echtzeit.</translation>
    </message>
    <message>
        <source>What these invocations would cost on AWS Lambda at the on-demand prices in Preferences: requests plus GB-seconds (billed duration × memory). An idle on-demand pool costs nothing.</source>
        <translation>Was diese Aufrufe bei AWS Lambda zu den On-Demand-Preisen aus den Einstellungen kosten würden: Anfragen plus GB-Sekunden (abgerechnete Dauer × Speicher). Ein untätiger On-Demand-Pool kostet nichts.</translation>
    </message>
    <message>
        <source> · cold %1 / warm %2 (%3 % cold)</source>
        <translation> · kalt %1 / warm %2 (%3 % kalt)</translation>
    </message>
    <message>
        <source> · %1 throttled</source>
        <translation> · %1 gedrosselt</translation>
    </message>
    <message>
        <source> · memory %1 of %2 MB</source>
        <translation> · Speicher %1 von %2 MB</translation>
    </message>
    <message>
        <source>Pool clock %1:%2:%3</source>
        <translation>Pool-Uhr %1:%2:%3</translation>
    </message>
    <message>
        <source> · idle: costs nothing</source>
        <translation> · untätig: kostet nichts</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instances · %1 busy · %2 idle · %3 starting</source>
        <translation>
            <numerusform>%Ln Instanz · %1 beschäftigt · %2 untätig · %3 startend</numerusform>
            <numerusform>%Ln Instanzen · %1 beschäftigt · %2 untätig · %3 startend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests · %1 GB-s · $%2</source>
        <translation>
            <numerusform>%Ln Anfrage · %1 GB-s · $%2</numerusform>
            <numerusform>%Ln Anfragen · %1 GB-s · $%2</numerusform>
        </translation>
    </message>
    <message>
        <source> · sandbox prepared %1 / on demand %2</source>
        <translation> · Sandbox vorbereitet %1 / bei Bedarf %2</translation>
    </message>
    <message>
        <source>A cold start with its sandbox prepared found one made ahead of need (runc create done before the call); on demand, its sandbox was made for it. Counted when the cold start&apos;s invocation finishes.</source>
        <translation>Ein Kaltstart mit vorbereiteter Sandbox fand eine im Voraus angelegte vor (runc create vor dem Aufruf erledigt); bei Bedarf wurde seine Sandbox für ihn angelegt. Gezählt, wenn der Aufruf des Kaltstarts endet.</translation>
    </message>
    <message>
        <source> · restored from snapshot %1</source>
        <translation> · aus Snapshot wiederhergestellt %1</translation>
    </message>
</context>
<context>
    <name>Bullpen::PoolTraceReplay</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, line %2: not a pool event</source>
        <translation>%1, Zeile %2: kein Pool-Ereignis</translation>
    </message>
</context>
<context>
    <name>Bullpen::PoolView</name>
    <message>
        <source>Warm pool</source>
        <translation>Warm-Pool</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source> (provisioned)</source>
        <translation> (bereitgestellt)</translation>
    </message>
    <message>
        <source> (pre-warmed)</source>
        <translation> (vorgewärmt)</translation>
    </message>
    <message>
        <source>Process: pid %1</source>
        <translation>Prozess: PID %1</translation>
    </message>
    <message>
        <source>Process: not started yet (the sandbox is being made)</source>
        <translation>Prozess: noch nicht gestartet (die Sandbox wird erstellt)</translation>
    </message>
    <message>
        <source>Age: %1 (pool clock)</source>
        <translation>Alter: %1 (Pool-Uhr)</translation>
    </message>
    <message>
        <source>Init: %1 ms</source>
        <translation>Init: %1 ms</translation>
    </message>
    <message>
        <source>Invocations served: %1</source>
        <translation>Bediente Aufrufe: %1</translation>
    </message>
    <message>
        <source>Memory now: %1 MB of %2 MB</source>
        <translation>Speicher jetzt: %1 MB von %2 MB</translation>
    </message>
    <message>
        <source>Memory now: not sampled yet (%1 MB reserved)</source>
        <translation>Speicher jetzt: noch nicht gemessen (%1 MB reserviert)</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Läuft: %1</translation>
    </message>
    <message>
        <source>Last request: %1</source>
        <translation>Letzte Anfrage: %1</translation>
    </message>
    <message>
        <source>Timeout: %1</source>
        <translation>Zeitlimit: %1</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>init</source>
        <translation>Init</translation>
    </message>
    <message>
        <source>pre-warming</source>
        <translation>wird vorgewärmt</translation>
    </message>
    <message>
        <source>provisioning</source>
        <translation>wird bereitgestellt</translation>
    </message>
    <message>
        <source>cold start</source>
        <translation>Kaltstart</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <source>kept warm</source>
        <translation>warm gehalten</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>Speicher erschöpft</translation>
    </message>
    <message>
        <source>init failed</source>
        <translation>Init fehlgeschlagen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>The pool is empty. Invoke a function and its instances appear here.</source>
        <translation>Der Pool ist leer. Rufen Sie eine Funktion auf, dann erscheinen hier ihre Instanzen.</translation>
    </message>
    <message>
        <source> · %1 provisioned</source>
        <translation> · %1 bereitgestellt</translation>
    </message>
    <message>
        <source> · cold %1 / warm %2 (%3 % cold)</source>
        <translation> · kalt %1 / warm %2 (%3 % kalt)</translation>
    </message>
    <message>
        <source> · %1 throttled</source>
        <translation> · %1 gedrosselt</translation>
    </message>
    <message>
        <source> · %1 waiting</source>
        <translation> · %1 wartend</translation>
    </message>
    <message>
        <source> · %1 / %2 MB</source>
        <translation> · %1 / %2 MB</translation>
    </message>
    <message>
        <source>Show Instance&apos;s Logs and Invocations</source>
        <translation>Logs und Aufrufe der Instanz zeigen</translation>
    </message>
    <message>
        <source>Stop Instance (the next call is cold)</source>
        <translation>Instanz beenden (der nächste Aufruf ist kalt)</translation>
    </message>
    <message>
        <source>Expire All Idle Instances Now</source>
        <translation>Alle untätigen Instanzen jetzt ablaufen lassen</translation>
    </message>
    <message>
        <source>Pre-warm %1…</source>
        <translation>%1 vorwärmen …</translation>
    </message>
    <message numerus="yes">
        <source>%n instances · %1 busy · %2 idle · %3 starting</source>
        <translation>
            <numerusform>%n Instanz · %1 beschäftigt · %2 untätig · %3 startend</numerusform>
            <numerusform>%n Instanzen · %1 beschäftigt · %2 untätig · %3 startend</numerusform>
        </translation>
    </message>
    <message>
        <source>Sandbox prepared ahead of need; taken and started in: %1 ms</source>
        <translation>Sandbox im Voraus vorbereitet; übernommen und gestartet in: %1 ms</translation>
    </message>
    <message>
        <source>Sandbox made on demand in: %1 ms</source>
        <translation>Sandbox bei Bedarf angelegt in: %1 ms</translation>
    </message>
    <message>
        <source>cold, prepared</source>
        <translation>kalt, vorbereitet</translation>
    </message>
    <message>
        <source> · sandbox prepared %1 / on demand %2</source>
        <translation> · Sandbox vorbereitet %1 / bei Bedarf %2</translation>
    </message>
    <message>
        <source>Restored from a SnapStart snapshot in: %1 ms</source>
        <translation>Aus einem SnapStart-Snapshot wiederhergestellt in: %1 ms</translation>
    </message>
    <message>
        <source>cold, restored</source>
        <translation>kalt, wiederhergestellt</translation>
    </message>
    <message>
        <source> · restored from snapshot %1</source>
        <translation> · aus Snapshot wiederhergestellt %1</translation>
    </message>
</context>
<context>
    <name>Bullpen::PortabilityFeature</name>
    <message>
        <source>Portability</source>
        <translation>Portabilität</translation>
    </message>
    <message>
        <source>&amp;Portability Report…</source>
        <translation>&amp;Portabilitätsbericht …</translation>
    </message>
    <message>
        <source>What differs for the function between the local pool and a deployment target</source>
        <translation>Was sich für die Funktion zwischen dem lokalen Pool und einem Bereitstellungsziel unterscheidet</translation>
    </message>
    <message>
        <source>Portability report ready.</source>
        <translation>Portabilitätsbericht fertig.</translation>
    </message>
    <message>
        <source>No portability report: %1</source>
        <translation>Kein Portabilitätsbericht: %1</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>&amp;Dockerfile (Lambda&apos;s Official Image)…</source>
        <translation>&amp;Dockerfile (offizielles Image von Lambda) …</translation>
    </message>
    <message>
        <source>Dockerfile (Bullpen&apos;s &amp;Offline Image)…</source>
        <translation>Dockerfile (&amp;Offline-Image von Bullpen) …</translation>
    </message>
    <message>
        <source>Docker &amp;Swarm Stack…</source>
        <translation>Docker-&amp;Swarm-Stack …</translation>
    </message>
    <message>
        <source>&amp;EC2 User Data…</source>
        <translation>&amp;EC2-Benutzerdaten …</translation>
    </message>
    <message>
        <source>Export a Docker Build Context Into (an Empty Folder)</source>
        <translation>Einen Docker-Build-Kontext exportieren nach (einem leeren Ordner)</translation>
    </message>
    <message>
        <source>Export a Docker Swarm Stack</source>
        <translation>Einen Docker-Swarm-Stack exportieren</translation>
    </message>
    <message>
        <source>Compose files (*.yaml *.yml)</source>
        <translation>Compose-Dateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Export EC2 User Data</source>
        <translation>EC2-Benutzerdaten exportieren</translation>
    </message>
    <message>
        <source>cloud-init files (*.yaml *.yml *.txt)</source>
        <translation>cloud-init-Dateien (*.yaml *.yml *.txt)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>choose a function first</source>
        <translation>wählen Sie zuerst eine Funktion</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Bullpen::PortabilityModel</name>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>unterschiedlich</translation>
    </message>
    <message>
        <source>not visible</source>
        <translation>nicht sichtbar</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Lambda only</source>
        <translation>nur Lambda</translation>
    </message>
    <message>
        <source>&lt;b&gt;What changes:&lt;/b&gt; %1&lt;br&gt;</source>
        <translation>&lt;b&gt;Was sich ändert:&lt;/b&gt; %1&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Named by the function&apos;s code at:&lt;/b&gt; %1&lt;br&gt;</source>
        <translation>&lt;b&gt;Vom Code der Funktion genannt bei:&lt;/b&gt; %1&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;AWS Lambda:&lt;/b&gt; %1&lt;br&gt;</source>
        <translation>&lt;b&gt;AWS Lambda:&lt;/b&gt; %1&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Local pool:&lt;/b&gt; %1&lt;br&gt;</source>
        <translation>&lt;b&gt;Lokaler Pool:&lt;/b&gt; %1&lt;br&gt;</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>AWS Lambda</source>
        <translation>AWS Lambda</translation>
    </message>
    <message>
        <source>Local pool</source>
        <translation>Lokaler Pool</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Used at</source>
        <translation>Verwendet bei</translation>
    </message>
</context>
<context>
    <name>Bullpen::PortabilityReport</name>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Not visible in one place</source>
        <translation>An einem Ort nicht sichtbar</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>Nicht untersucht</translation>
    </message>
    <message>
        <source>Limits only Lambda enforces</source>
        <translation>Grenzen, die nur Lambda durchsetzt</translation>
    </message>
    <message>
        <source>The same in both</source>
        <translation>An beiden Orten gleich</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Portability of %1 (%2, %3 MB): local pool and %4 (%5)</source>
        <translation>Portierbarkeit von %1 (%2, %3 MB): lokaler Pool und %4 (%5)</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Image</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Unterschied</numerusform>
            <numerusform>%n Unterschiede</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 in what the function&apos;s code names)</source>
        <translation> (%1 in dem, was der Code der Funktion nennt)</translation>
    </message>
    <message numerus="yes">
        <source>%n not visible in one place</source>
        <translation>
            <numerusform>%n an einem Ort nicht sichtbar</numerusform>
            <numerusform>%n an einem Ort nicht sichtbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not probed</source>
        <translation>
            <numerusform>%n nicht untersucht</numerusform>
            <numerusform>%n nicht untersucht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n limit(s) only Lambda enforces</source>
        <translation>
            <numerusform>%n Grenze, die nur Lambda durchsetzt</numerusform>
            <numerusform>%n Grenzen, die nur Lambda durchsetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n the same</source>
        <translation>
            <numerusform>%n gleich</numerusform>
            <numerusform>%n gleich</numerusform>
        </translation>
    </message>
    <message>
        <source>Bullpen ran its portability probe beside the function, with the function&apos;s runtime and configuration, in the local pool (the Lambda-shaped sandbox) and in %1; each item shows what each probe saw and where it read it.</source>
        <translation>Bullpen hat seine Portierbarkeitssonde neben der Funktion ausgeführt, mit deren Laufzeitumgebung und Konfiguration, im lokalen Pool (der Lambda-förmigen Sandbox) und in %1; jeder Punkt zeigt, was jede Sonde gesehen und wo sie es gelesen hat.</translation>
    </message>
    <message>
        <source> %1 was not probed: %2</source>
        <translation> %1 wurde nicht untersucht: %2</translation>
    </message>
    <message numerus="yes">
        <source> &quot;Used at&quot; names the lines of the function&apos;s code (%n source file(s) searched) that name the item.</source>
        <translation>
            <numerusform> „Verwendet bei“ nennt die Zeilen im Code der Funktion (%n Quelldatei durchsucht), die den Punkt nennen.</numerusform>
            <numerusform> „Verwendet bei“ nennt die Zeilen im Code der Funktion (%n Quelldateien durchsucht), die den Punkt nennen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated %1 by Bullpen. %2</source>
        <translation>Erstellt am %1 von Bullpen. %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>AWS Lambda</source>
        <translation>AWS Lambda</translation>
    </message>
    <message>
        <source>Local pool</source>
        <translation>Lokaler Pool</translation>
    </message>
    <message>
        <source>Used at</source>
        <translation>Verwendet bei</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Was sich ändert:</translation>
    </message>
    <message>
        <source>Named by the function&apos;s code at:</source>
        <translation>Im Code der Funktion genannt bei:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>%1=%2 in the handler&apos;s environment</source>
        <translation>%1=%2 in der Umgebung des Handlers</translation>
    </message>
    <message>
        <source>%1 is not in the handler&apos;s environment</source>
        <translation>%1 ist nicht in der Umgebung des Handlers</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>nicht untersucht</translation>
    </message>
    <message>
        <source>not set for provided runtimes</source>
        <translation>bei provided-Laufzeitumgebungen nicht gesetzt</translation>
    </message>
    <message>
        <source>the execution role&apos;s credentials</source>
        <translation>die Anmeldedaten der Ausführungsrolle</translation>
    </message>
    <message>
        <source>the handler, as configured</source>
        <translation>der Handler, wie konfiguriert</translation>
    </message>
    <message>
        <source>the X-Ray trace header, set per invocation</source>
        <translation>der X-Ray-Trace-Header, pro Aufruf gesetzt</translation>
    </message>
    <message>
        <source>the function&apos;s region</source>
        <translation>die Region der Funktion</translation>
    </message>
    <message>
        <source>$LATEST or the version number</source>
        <translation>$LATEST oder die Versionsnummer</translation>
    </message>
    <message>
        <source>on-demand, provisioned-concurrency or snap-start</source>
        <translation>on-demand, provisioned-concurrency oder snap-start</translation>
    </message>
    <message>
        <source>YYYY/MM/DD/[$LATEST]&lt;id&gt;, per environment</source>
        <translation>YYYY/MM/DD/[$LATEST]&lt;id&gt;, je Ausführungsumgebung</translation>
    </message>
    <message>
        <source>host:port of the Runtime API</source>
        <translation>Host:Port der Runtime API</translation>
    </message>
    <message>
        <source>%1 (legacy name)</source>
        <translation>%1 (alter Name)</translation>
    </message>
    <message>
        <source>reserved by Lambda</source>
        <translation>von Lambda reserviert</translation>
    </message>
    <message>
        <source>set (its value differs per environment)</source>
        <translation>gesetzt (der Wert unterscheidet sich je Umgebung)</translation>
    </message>
    <message>
        <source>the template sets it, but %1 does not pass it on: code reading it gets nothing</source>
        <translation>die Vorlage setzt sie, aber %1 gibt sie nicht weiter: Code, der sie liest, bekommt nichts</translation>
    </message>
    <message>
        <source>Lambda sets it and %1 does not: code reading it gets nothing there (a KeyError for os.environ[&quot;%2&quot;], undefined in Node.js)</source>
        <translation>Lambda setzt sie und %1 nicht: Code, der sie liest, bekommt dort nichts (ein KeyError für os.environ[&quot;%2&quot;], undefined in Node.js)</translation>
    </message>
    <message>
        <source>only %1 sets it: code that depends on it works there and not on Lambda</source>
        <translation>nur %1 setzt sie: Code, der davon abhängt, funktioniert dort und nicht auf Lambda</translation>
    </message>
    <message>
        <source>code reading it sees another value on %1</source>
        <translation>Code, der sie liest, sieht auf %1 einen anderen Wert</translation>
    </message>
    <message>
        <source>%1 (the template&apos;s Environment)</source>
        <translation>%1 (Environment der Vorlage)</translation>
    </message>
    <message>
        <source>Other variables</source>
        <translation>Andere Variablen</translation>
    </message>
    <message>
        <source>none of its own</source>
        <translation>keine eigenen</translation>
    </message>
    <message>
        <source>only here: %1</source>
        <translation>nur hier: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s) in the handler&apos;s environment</source>
        <translation>
            <numerusform>%n Variable in der Umgebung des Handlers</numerusform>
            <numerusform>%n Variablen in der Umgebung des Handlers</numerusform>
        </translation>
    </message>
    <message>
        <source>code reading one of these behaves differently where it is missing</source>
        <translation>Code, der eine davon liest, verhält sich dort anders, wo sie fehlt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>User the handler runs as</source>
        <translation>Benutzer, als der der Handler läuft</translation>
    </message>
    <message>
        <source>the handler is root on %1: files, ports and writes that Lambda&apos;s user may not touch work there and fail on Lambda</source>
        <translation>der Handler ist auf %1 root: Dateien, Ports und Schreibzugriffe, die Lambdas Benutzer nicht anrühren darf, funktionieren dort und scheitern auf Lambda</translation>
    </message>
    <message>
        <source>files owned by one user are not the other&apos;s</source>
        <translation>Dateien des einen Benutzers gehören nicht dem anderen</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>writable</source>
        <translation>beschreibbar</translation>
    </message>
    <message>
        <source>read-only (EROFS)</source>
        <translation>schreibgeschützt (EROFS)</translation>
    </message>
    <message>
        <source>not writable (%1)</source>
        <translation>nicht beschreibbar (%1)</translation>
    </message>
    <message>
        <source>%1 writable</source>
        <translation>%1 beschreibbar</translation>
    </message>
    <message>
        <source>writable: the only writable folder</source>
        <translation>beschreibbar: der einzige beschreibbare Ordner</translation>
    </message>
    <message>
        <source>read-only: only /tmp is writable</source>
        <translation>schreibgeschützt: nur /tmp ist beschreibbar</translation>
    </message>
    <message>
        <source>writes to %1 succeed on %2 and fail on Lambda and in the local pool (%3)</source>
        <translation>Schreibzugriffe auf %1 gelingen auf %2 und scheitern auf Lambda und im lokalen Pool (%3)</translation>
    </message>
    <message>
        <source>writes to %1 fail on %2 (%3) and succeed in the local pool</source>
        <translation>Schreibzugriffe auf %1 scheitern auf %2 (%3) und gelingen im lokalen Pool</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>les- und schreibbar</translation>
    </message>
    <message>
        <source>Root file system</source>
        <translation>Root-Dateisystem</translation>
    </message>
    <message>
        <source>writes outside the mounted folders behave differently</source>
        <translation>Schreibzugriffe außerhalb der eingehängten Ordner verhalten sich anders</translation>
    </message>
    <message>
        <source>%1 (%2 free, %3)</source>
        <translation>%1 (%2 frei, %3)</translation>
    </message>
    <message>
        <source>statvfs(/tmp) failed: %1</source>
        <translation>statvfs(/tmp) fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>statvfs(/tmp): %1 bytes in all, %2 free; mounted at %3 as %4 (%5)</source>
        <translation>statvfs(/tmp): %1 Bytes insgesamt, %2 frei; eingehängt unter %3 als %4 (%5)</translation>
    </message>
    <message>
        <source>/tmp size</source>
        <translation>Größe von /tmp</translation>
    </message>
    <message>
        <source>EphemeralStorage: %1 MB (512 to 10,240 MB)</source>
        <translation>EphemeralStorage: %1 MB (512 bis 10.240 MB)</translation>
    </message>
    <message>
        <source>a function that fills /tmp beyond %1 MB works on %2 and fails on Lambda (ENOSPC)</source>
        <translation>eine Funktion, die /tmp über %1 MB hinaus füllt, funktioniert auf %2 und scheitert auf Lambda (ENOSPC)</translation>
    </message>
    <message>
        <source>%1 has less room in /tmp than Lambda gives</source>
        <translation>%1 hat weniger Platz in /tmp, als Lambda gibt</translation>
    </message>
    <message numerus="yes">
        <source>; %n CPU(s) online</source>
        <translation>
            <numerusform>; %n CPU online</numerusform>
            <numerusform>; %n CPUs online</numerusform>
        </translation>
    </message>
    <message>
        <source>not visible inside</source>
        <translation>innen nicht sichtbar</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>%1 enforces no limit where Lambda enforces %2</source>
        <translation>%1 setzt keine Grenze durch, wo Lambda %2 durchsetzt</translation>
    </message>
    <message>
        <source>%1 enforces %2 where Lambda enforces %3</source>
        <translation>%1 setzt %2 durch, wo Lambda %3 durchsetzt</translation>
    </message>
    <message>
        <source>Memory limit enforced</source>
        <translation>Durchgesetzte Speichergrenze</translation>
    </message>
    <message>
        <source>MemorySize: %1 MB; past it the function is stopped (Runtime.OutOfMemory)</source>
        <translation>MemorySize: %1 MB; darüber hinaus wird die Funktion angehalten (Runtime.OutOfMemory)</translation>
    </message>
    <message>
        <source>CPU limit enforced</source>
        <translation>Durchgesetzte CPU-Grenze</translation>
    </message>
    <message>
        <source>proportional to memory: %1 vCPU at %2 MB (1,769 MB = 1 vCPU)</source>
        <translation>proportional zum Speicher: %1 vCPU bei %2 MB (1.769 MB = 1 vCPU)</translation>
    </message>
    <message>
        <source>Processes and threads</source>
        <translation>Prozesse und Threads</translation>
    </message>
    <message>
        <source>Open files</source>
        <translation>Offene Dateien</translation>
    </message>
    <message>
        <source>Processes of the user</source>
        <translation>Prozesse des Benutzers</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>native code (wheels, .node modules, binaries) built for one does not run on the other</source>
        <translation>nativer Code (Wheels, .node-Module, Binärdateien), der für die eine gebaut ist, läuft nicht auf der anderen</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Amazon Linux 2 or 2023, by runtime</source>
        <translation>Amazon Linux 2 oder 2023, je nach Laufzeitumgebung</translation>
    </message>
    <message>
        <source>Interpreter version</source>
        <translation>Interpreter-Version</translation>
    </message>
    <message>
        <source>the local pool runs %1</source>
        <translation>der lokale Pool führt %1 aus</translation>
    </message>
    <message>
        <source>%1 runs %2</source>
        <translation>%1 führt %2 aus</translation>
    </message>
    <message>
        <source>Lambda runs %1 %2.x; %3</source>
        <translation>Lambda führt %1 %2.x aus; %3</translation>
    </message>
    <message>
        <source>C library</source>
        <translation>C-Bibliothek</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Firecracker micro-VM&apos;s kernel (5.10 or later)</source>
        <translation>Kernel der Firecracker-Micro-VM (5.10 oder neuer)</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>Arbeitsordner</translation>
    </message>
    <message>
        <source>relative paths name other files</source>
        <translation>relative Pfade benennen andere Dateien</translation>
    </message>
    <message>
        <source>Local time zone</source>
        <translation>Lokale Zeitzone</translation>
    </message>
    <message>
        <source>local times (datetime.now(), new Date().getHours()) differ</source>
        <translation>lokale Zeiten (datetime.now(), new Date().getHours()) unterscheiden sich</translation>
    </message>
    <message>
        <source>code that reads it from the context sees another value on %1</source>
        <translation>Code, der ihn aus dem Kontext liest, sieht auf %1 einen anderen Wert</translation>
    </message>
    <message>
        <source>the context object given to the handler</source>
        <translation>das Kontextobjekt, das der Handler erhält</translation>
    </message>
    <message>
        <source>Deadline of an invocation</source>
        <translation>Frist eines Aufrufs</translation>
    </message>
    <message>
        <source>Timeout: %1 s (at most 900 s); the invocation ends with Sandbox.Timedout</source>
        <translation>Timeout: %1 s (höchstens 900 s); der Aufruf endet mit Sandbox.Timedout</translation>
    </message>
    <message>
        <source>%1 left at the start</source>
        <translation>%1 übrig beim Start</translation>
    </message>
    <message>
        <source>the function&apos;s deadline on %1 is %2, not %3 s: work that Lambda stops runs on there, or the reverse</source>
        <translation>die Frist der Funktion auf %1 beträgt %2, nicht %3 s: Arbeit, die Lambda abbricht, läuft dort weiter, oder umgekehrt</translation>
    </message>
    <message>
        <source>enforced by Bullpen as Lambda does</source>
        <translation>von Bullpen wie von Lambda durchgesetzt</translation>
    </message>
    <message>
        <source>not probed (documented)</source>
        <translation>nicht untersucht (dokumentiert)</translation>
    </message>
    <message>
        <source>AWS Lambda&apos;s documented quotas</source>
        <translation>die dokumentierten Kontingente von AWS Lambda</translation>
    </message>
    <message>
        <source>a limit of the Lambda service, not of the image</source>
        <translation>eine Grenze des Lambda-Dienstes, nicht des Images</translation>
    </message>
    <message>
        <source>Timeout at most 15 minutes</source>
        <translation>Timeout höchstens 15 Minuten</translation>
    </message>
    <message>
        <source>900 s at most; this function: %1 s</source>
        <translation>höchstens 900 s; diese Funktion: %1 s</translation>
    </message>
    <message>
        <source>work longer than 15 minutes cannot move to Lambda in one invocation</source>
        <translation>Arbeit, die länger als 15 Minuten dauert, kann nicht in einem Aufruf zu Lambda umziehen</translation>
    </message>
    <message>
        <source>Payloads at most 6 MB</source>
        <translation>Nutzdaten höchstens 6 MB</translation>
    </message>
    <message>
        <source>%1 bytes per request and %2 per response (synchronous); %3 bytes per asynchronous event</source>
        <translation>%1 Bytes pro Anfrage und %2 pro Antwort (synchron); %3 Bytes pro asynchronem Ereignis</translation>
    </message>
    <message>
        <source>larger events or responses pass a plain HTTP endpoint and are refused by Lambda (413 RequestEntityTooLarge, Function.ResponseSizeTooLarge)</source>
        <translation>größere Ereignisse oder Antworten passieren einen einfachen HTTP-Endpunkt und werden von Lambda abgelehnt (413 RequestEntityTooLarge, Function.ResponseSizeTooLarge)</translation>
    </message>
    <message>
        <source>/tmp between 512 MB and 10 GB</source>
        <translation>/tmp zwischen 512 MB und 10 GB</translation>
    </message>
    <message>
        <source>EphemeralStorage 512 to 10,240 MB; this function: %1 MB</source>
        <translation>EphemeralStorage 512 bis 10.240 MB; diese Funktion: %1 MB</translation>
    </message>
    <message>
        <source>a target&apos;s disk may hold more; Lambda stops at EphemeralStorage</source>
        <translation>die Festplatte eines Ziels kann mehr fassen; Lambda stoppt bei EphemeralStorage</translation>
    </message>
    <message>
        <source>Initialisation at most 10 s</source>
        <translation>Initialisierung höchstens 10 s</translation>
    </message>
    <message>
        <source>the init phase gets 10 s, then it is retried within the first invocation&apos;s timeout</source>
        <translation>die Init-Phase bekommt 10 s, dann wird sie innerhalb des Timeouts des ersten Aufrufs wiederholt</translation>
    </message>
    <message>
        <source>slow module-level start-up that works in a container times out on Lambda</source>
        <translation>ein langsamer Start auf Modulebene, der in einem Container funktioniert, läuft auf Lambda in einen Timeout</translation>
    </message>
</context>
<context>
    <name>Bullpen::PortabilityRun</name>
    <message>
        <source>cannot make a staging folder for the probe: %1</source>
        <translation>für die Sonde kann kein Bereitstellungsordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>Bullpen did not deploy what runs on %1 (%2), so its probe cannot run there; the items below come from the local pool and Lambda&apos;s documentation.</source>
        <translation>Bullpen hat nicht bereitgestellt, was auf %1 (%2) läuft, daher kann seine Sonde dort nicht laufen; die Punkte unten stammen aus dem lokalen Pool und der Dokumentation von Lambda.</translation>
    </message>
    <message>
        <source>[%1] deploying the probe</source>
        <translation>[%1] Sonde wird bereitgestellt</translation>
    </message>
    <message>
        <source>the probe could not be deployed: %1</source>
        <translation>die Sonde konnte nicht bereitgestellt werden: %1</translation>
    </message>
    <message>
        <source>[%1] running the probe</source>
        <translation>[%1] Sonde läuft</translation>
    </message>
    <message>
        <source>the probe did not answer (%1): %2</source>
        <translation>die Sonde hat nicht geantwortet (%1): %2</translation>
    </message>
    <message>
        <source>[%1] removing the probe</source>
        <translation>[%1] Sonde wird entfernt</translation>
    </message>
    <message>
        <source>[%1] the probe could not be removed: %2</source>
        <translation>[%1] die Sonde konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>the probe did not run in the local pool, which the report compares against: %1</source>
        <translation>die Sonde lief nicht im lokalen Pool, mit dem der Bericht vergleicht: %1</translation>
    </message>
</context>
<context>
    <name>Bullpen::PortabilityView</name>
    <message>
        <source>&amp;Run Probe</source>
        <translation>Sonde &amp;ausführen</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>&amp;Markdown exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>&amp;HTML exportieren …</translation>
    </message>
    <message>
        <source>Run Bullpen&apos;s probe beside the function in the local pool and in the target, and compare what both saw</source>
        <translation>Die Sonde von Bullpen neben der Funktion im lokalen Pool und im Ziel ausführen und vergleichen, was beide gesehen haben</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Choose a target and run the probe.</source>
        <translation>Wählen Sie ein Ziel und führen Sie die Sonde aus.</translation>
    </message>
    <message>
        <source>A probe is running already.</source>
        <translation>Eine Sonde läuft bereits.</translation>
    </message>
    <message>
        <source>Open a project and choose a function first.</source>
        <translation>Öffnen Sie zuerst ein Projekt und wählen Sie eine Funktion.</translation>
    </message>
    <message>
        <source>The project has no target named &quot;%1&quot;.</source>
        <translation>Das Projekt hat kein Ziel namens „%1“.</translation>
    </message>
    <message>
        <source>Probing %1 in the local pool and in %2…</source>
        <translation>%1 wird im lokalen Pool und in %2 geprüft …</translation>
    </message>
    <message>
        <source>Building %1 when it needs a build…</source>
        <translation>%1 wird gebaut, falls nötig …</translation>
    </message>
    <message>
        <source>The build failed: %1</source>
        <translation>Der Build ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The build failed.</source>
        <translation>Der Build ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No report: %1</source>
        <translation>Kein Bericht: %1</translation>
    </message>
    <message>
        <source>The probe failed.</source>
        <translation>Die Sonde ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Probed at %1.</source>
        <translation>Geprüft um %1.</translation>
    </message>
    <message>
        <source>There is no report to export yet.</source>
        <translation>Es gibt noch keinen Bericht zum Exportieren.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export as HTML</source>
        <translation>Als HTML exportieren</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Als Markdown exportieren</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; from the local pool to &lt;b&gt;%2&lt;/b&gt; (%3): &lt;b&gt;%n difference(s)&lt;/b&gt;, %4 of them in what the function&apos;s code names.%5</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; vom lokalen Pool zu &lt;b&gt;%2&lt;/b&gt; (%3): &lt;b&gt;%n Unterschied&lt;/b&gt;, davon %4 in dem, was der Code der Funktion nennt.%5</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; vom lokalen Pool zu &lt;b&gt;%2&lt;/b&gt; (%3): &lt;b&gt;%n Unterschiede&lt;/b&gt;, davon %4 in dem, was der Code der Funktion nennt.%5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Not available here: %1</source>
        <translation>Hier nicht verfügbar: %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Stop after each invocation</source>
        <translation>Nach jedem Aufruf beenden</translation>
    </message>
    <message>
        <source>How long an idle instance stays warm. Lambda keeps idle environments about 45 minutes.</source>
        <translation>Wie lange eine untätige Instanz warm bleibt. Lambda hält untätige Umgebungen etwa 45 Minuten.</translation>
    </message>
    <message>
        <source>Concurrent invocations across all functions beyond this are refused with TooManyRequestsException (ConcurrentInvocationLimitExceeded). Lambda&apos;s default account limit is 1,000.</source>
        <translation>Gleichzeitige Aufrufe über alle Funktionen hinweg, die darüber hinausgehen, werden mit TooManyRequestsException (ConcurrentInvocationLimitExceeded) abgelehnt. Das Standardlimit eines Lambda-Kontos ist 1.000.</translation>
    </message>
    <message>
        <source>Automatic (follows light or dark)</source>
        <translation>Automatisch (folgt hell oder dunkel)</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>&amp;Backend:</translation>
    </message>
    <message>
        <source>&amp;Keep idle instances warm for:</source>
        <translation>Untätige Instanzen &amp;warm halten für:</translation>
    </message>
    <message>
        <source>Account &amp;concurrency limit:</source>
        <translation>&amp;Gleichzeitigkeitslimit des Kontos:</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Schrift:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language is used when Bullpen starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Bullpen.</translation>
    </message>
    <message>
        <source>Runs the handler as a plain process of your user: it isolates nothing, enforces no memory limit and sees your whole file system. Use it only where containers cannot run.</source>
        <translation>Führt den Handler als einfachen Prozess Ihres Benutzers aus: Er isoliert nichts, setzt kein Speicherlimit durch und sieht Ihr ganzes Dateisystem. Nur verwenden, wo keine Container laufen können.</translation>
    </message>
    <message>
        <source>Each instance runs in its own container with the function&apos;s memory limit, like Lambda&apos;s execution environments. Changing it stops the running instances.</source>
        <translation>Jede Instanz läuft in einem eigenen Container mit dem Speicherlimit der Funktion, wie die Ausführungsumgebungen von Lambda. Eine Änderung beendet die laufenden Instanzen.</translation>
    </message>
</context>
<context>
    <name>Bullpen::ProjectModel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Runtime: %2&lt;br&gt;Handler: %3&lt;br&gt;Memory: %4 MB&lt;br&gt;Timeout: %5 s&lt;br&gt;Code: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Laufzeit: %2&lt;br&gt;Handler: %3&lt;br&gt;Speicher: %4 MB&lt;br&gt;Zeitlimit: %5 s&lt;br&gt;Code: %6</translation>
    </message>
    <message>
        <source>&lt;br&gt;Layers (under /opt, in this order): %1</source>
        <translation>&lt;br&gt;Layer (unter /opt, in dieser Reihenfolge): %1</translation>
    </message>
    <message>
        <source>%1 (layer)</source>
        <translation>%1 (Layer)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: a layer of %2, extracted under /opt&lt;br&gt;Content: %3&lt;br&gt;Compatible runtimes: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: ein Layer von %2, unter /opt entpackt&lt;br&gt;Inhalt: %3&lt;br&gt;Kompatible Laufzeiten: %4</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Saved events (events/*.json)</source>
        <translation>Gespeicherte Ereignisse (events/*.json)</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
</context>
<context>
    <name>Bullpen::ProjectPanel</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Saved %1&apos;s settings to %2</source>
        <translation>Einstellungen von %1 in %2 gespeichert</translation>
    </message>
    <message>
        <source>the settings of %1</source>
        <translation>die Einstellungen von %1</translation>
    </message>
    <message>
        <source>&amp;Invoke %1</source>
        <translation>%1 &amp;aufrufen</translation>
    </message>
    <message>
        <source>&amp;New File…</source>
        <translation>&amp;Neue Datei …</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Reveal in &amp;File Manager</source>
        <translation>Im &amp;Dateimanager zeigen</translation>
    </message>
    <message>
        <source>Open &amp;Template at %1</source>
        <translation>&amp;Vorlage bei %1 öffnen</translation>
    </message>
    <message>
        <source>New File</source>
        <translation>Neue Datei</translation>
    </message>
    <message>
        <source>File name in %1:</source>
        <translation>Dateiname in %1:</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>es existiert bereits</translation>
    </message>
    <message>
        <source>%1 has unsaved changes: save or close it first.</source>
        <translation>%1 hat ungespeicherte Änderungen: erst speichern oder schließen.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Neuer Name für %1:</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2: %3</source>
        <translation>%1 konnte nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <source>a name has no slash</source>
        <translation>ein Name enthält keinen Schrägstrich</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2.</source>
        <translation>%1 konnte nicht in %2 umbenannt werden.</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>%1 in %2 umbenannt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Move “%1” to the trash?</source>
        <translation>„%1“ in den Papierkorb verschieben?</translation>
    </message>
    <message>
        <source>Could not move %1 to the trash.</source>
        <translation>%1 konnte nicht in den Papierkorb verschoben werden.</translation>
    </message>
    <message>
        <source>Moved %1 to the trash</source>
        <translation>%1 in den Papierkorb verschoben</translation>
    </message>
</context>
<context>
    <name>Bullpen::ProjectSamples</name>
    <message>
        <source>Python 3.12: hello world</source>
        <translation>Python 3.12: Hallo Welt</translation>
    </message>
    <message>
        <source>Node.js 20: hello world</source>
        <translation>Node.js 20: Hallo Welt</translation>
    </message>
</context>
<context>
    <name>Bullpen::ProjectView</name>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>%1 — 1 function</source>
        <translation>%1 — 1 Funktion</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#c0392b&quot;&gt;template.yaml does not load: %1&lt;/span&gt;&lt;br&gt;&lt;small&gt;Showing the functions as last loaded.&lt;/small&gt;</source>
        <translation>&lt;span style=&quot;color:#c0392b&quot;&gt;template.yaml lässt sich nicht laden: %1&lt;/span&gt;&lt;br&gt;&lt;small&gt;Die Funktionen werden wie zuletzt geladen angezeigt.&lt;/small&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n functions</source>
        <translation>
            <numerusform>%1 — %n Funktion</numerusform>
            <numerusform>%1 — %n Funktionen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::RecentProjects</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
</context>
<context>
    <name>Bullpen::RecoveryBar</name>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Show Differences</source>
        <translation>Unterschiede anzeigen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Recover unsaved edits</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Put the recovered text into the editor as an unsaved change (nothing is saved)</source>
        <translation>Den wiederhergestellten Text als ungespeicherte Änderung in den Editor übernehmen (nichts wird gespeichert)</translation>
    </message>
    <message>
        <source>Compare the recovered text with the file on disk</source>
        <translation>Den wiederhergestellten Text mit der Datei auf der Festplatte vergleichen</translation>
    </message>
    <message>
        <source>Delete the recovered text and keep the file as it is</source>
        <translation>Den wiederhergestellten Text löschen und die Datei lassen, wie sie ist</translation>
    </message>
</context>
<context>
    <name>Bullpen::ResultView</name>
    <message>
        <source>Bullpen runs functions in containers with runc or crun. Install one of them (for example &lt;code&gt;apt install crun&lt;/code&gt;), make sure user namespaces are allowed, or choose another backend in &lt;b&gt;Settings › Preferences…&lt;/b&gt;. The Process backend runs the handler as a plain process: it works everywhere but isolates nothing.</source>
        <translation>Bullpen führt Funktionen in Containern mit runc oder crun aus. Installieren Sie eines davon (zum Beispiel &lt;code&gt;apt install crun&lt;/code&gt;), sorgen Sie dafür, dass User-Namespaces erlaubt sind, oder wählen Sie unter &lt;b&gt;Bearbeiten › Einstellungen …&lt;/b&gt; ein anderes Backend. Das Prozess-Backend führt den Handler als einfachen Prozess aus: Es funktioniert überall, isoliert aber nichts.</translation>
    </message>
    <message>
        <source>Check that the function&apos;s runtime is installed on this machine (python3 for Python runtimes, node for Node.js) and that the template names a supported Runtime.</source>
        <translation>Prüfen Sie, ob die Laufzeit der Funktion auf diesem Rechner installiert ist (python3 für Python-Laufzeiten, node für Node.js) und ob die Vorlage eine unterstützte Runtime nennt.</translation>
    </message>
    <message>
        <source>Bullpen could not open a local port for the function&apos;s Runtime API. Check that loopback networking works here, then invoke again.</source>
        <translation>Bullpen konnte keinen lokalen Port für die Runtime API der Funktion öffnen. Prüfen Sie, ob das Loopback-Netz hier funktioniert, und rufen Sie dann erneut auf.</translation>
    </message>
    <message>
        <source>The engine stopped the function&apos;s instance before it answered (the engine was stopped or its settings changed). Invoke again.</source>
        <translation>Die Engine hat die Instanz der Funktion beendet, bevor sie antwortete (die Engine wurde angehalten oder ihre Einstellungen geändert). Rufen Sie erneut auf.</translation>
    </message>
    <message>
        <source>The function&apos;s build failed; the Build panel has the tool&apos;s whole output. Fix the manifest or the code, then invoke again (the last good build is kept).</source>
        <translation>Das Bauen der Funktion ist fehlgeschlagen; die Leiste „Bauen“ zeigt die ganze Ausgabe des Werkzeugs. Korrigieren Sie das Manifest oder den Code und rufen Sie erneut auf (der letzte gute Build bleibt erhalten).</translation>
    </message>
    <message>
        <source>Check the function&apos;s settings in the Project panel, then invoke again.</source>
        <translation>Prüfen Sie die Einstellungen der Funktion in der Leiste „Projekt“ und rufen Sie dann erneut auf.</translation>
    </message>
    <message>
        <source>No invocation yet. Choose a function and an event, then press Invoke (Ctrl+Return).</source>
        <translation>Noch kein Aufruf. Wählen Sie eine Funktion und ein Ereignis und drücken Sie dann „Aufrufen“ (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 läuft …</translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 refused the event: %2</source>
        <translation>%1 hat das Ereignis abgelehnt: %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p style=&quot;white-space:pre-wrap&quot;&gt;%2&lt;/p&gt;&lt;p&gt;Lambda refuses such a request before the function runs. Fix the event, then invoke again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p style=&quot;white-space:pre-wrap&quot;&gt;%2&lt;/p&gt;&lt;p&gt;Lambda lehnt eine solche Anfrage ab, bevor die Funktion läuft. Korrigieren Sie das Ereignis und rufen Sie erneut auf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bullpen could not run %1</source>
        <translation>Bullpen konnte %1 nicht ausführen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The engine reported:&lt;/b&gt;&lt;/p&gt;&lt;p style=&quot;white-space:pre-wrap&quot;&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Die Engine meldete:&lt;/b&gt;&lt;/p&gt;&lt;p style=&quot;white-space:pre-wrap&quot;&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Was zu tun ist:&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 returned %2</source>
        <translation>%1 hat %2 zurückgegeben</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Stack trace</source>
        <translation>Stacktrace</translation>
    </message>
</context>
<context>
    <name>Bullpen::SamTemplate</name>
    <message>
        <source>MemorySize %1 MB is outside Lambda&apos;s range of %2 to %3 MB</source>
        <translation>MemorySize %1 MB liegt außerhalb des Lambda-Bereichs von %2 bis %3 MB</translation>
    </message>
    <message>
        <source>Timeout %1 s is outside Lambda&apos;s range of %2 to %3 seconds</source>
        <translation>Timeout %1 s liegt außerhalb des Lambda-Bereichs von %2 bis %3 Sekunden</translation>
    </message>
    <message>
        <source>EphemeralStorage %1 MB is outside Lambda&apos;s range of %2 to %3 MB</source>
        <translation>EphemeralStorage %1 MB liegt außerhalb des Lambda-Bereichs von %2 bis %3 MB</translation>
    </message>
    <message>
        <source>architecture &quot;%1&quot; is not one Lambda knows: use x86_64 or arm64</source>
        <translation>die Architektur „%1“ kennt Lambda nicht: verwenden Sie x86_64 oder arm64</translation>
    </message>
    <message>
        <source>the handler is empty</source>
        <translation>der Handler ist leer</translation>
    </message>
    <message>
        <source>handler &quot;%1&quot; must be 1 to 128 characters without spaces</source>
        <translation>der Handler „%1“ muss 1 bis 128 Zeichen ohne Leerzeichen lang sein</translation>
    </message>
    <message>
        <source>environment variable %1 is reserved by Lambda and cannot be set</source>
        <translation>die Umgebungsvariable %1 ist von Lambda reserviert und kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>environment variable name &quot;%1&quot; must start with a letter and contain only letters, digits and underscores (at least 2 characters)</source>
        <translation>der Name der Umgebungsvariablen „%1“ muss mit einem Buchstaben beginnen und darf nur Buchstaben, Ziffern und Unterstriche enthalten (mindestens 2 Zeichen)</translation>
    </message>
    <message>
        <source>the environment variables take %1 bytes; Lambda allows at most %2 bytes in total</source>
        <translation>die Umgebungsvariablen belegen %1 Byte; Lambda erlaubt insgesamt höchstens %2 Byte</translation>
    </message>
    <message>
        <source>%1 has no value</source>
        <translation>%1 hat keinen Wert</translation>
    </message>
    <message>
        <source>write a value after &quot;%1:&quot; or remove the line</source>
        <translation>schreiben Sie einen Wert hinter „%1:“ oder entfernen Sie die Zeile</translation>
    </message>
    <message>
        <source>%1 is %2, which cannot be worked out without a deployment</source>
        <translation>%1 ist %2, was sich ohne Bereitstellung nicht ermitteln lässt</translation>
    </message>
    <message>
        <source>write the value itself, or !Ref a template parameter that has a Default</source>
        <translation>schreiben Sie den Wert selbst oder verweisen Sie mit !Ref auf einen Vorlagenparameter mit Default</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number</source>
        <translation>%1 „%2“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>write a number such as %1: 256</source>
        <translation>schreiben Sie eine Zahl, etwa %1: 256</translation>
    </message>
    <message>
        <source>PackageType &quot;%1&quot; is neither Zip nor Image</source>
        <translation>PackageType „%1“ ist weder Zip noch Image</translation>
    </message>
    <message>
        <source>write PackageType: Zip (code in a folder) or PackageType: Image (a Dockerfile)</source>
        <translation>schreiben Sie PackageType: Zip (Code in einem Ordner) oder PackageType: Image (ein Dockerfile)</translation>
    </message>
    <message>
        <source>set MemorySize between 128 and 10240, e.g. MemorySize: 512</source>
        <translation>setzen Sie MemorySize zwischen 128 und 10240, z. B. MemorySize: 512</translation>
    </message>
    <message>
        <source>set Timeout between 1 and 900 seconds, e.g. Timeout: 30</source>
        <translation>setzen Sie Timeout zwischen 1 und 900 Sekunden, z. B. Timeout: 30</translation>
    </message>
    <message>
        <source>set EphemeralStorage.Size between 512 and 10240</source>
        <translation>setzen Sie EphemeralStorage.Size zwischen 512 und 10240</translation>
    </message>
    <message>
        <source>the function has no Runtime</source>
        <translation>die Funktion hat keine Runtime</translation>
    </message>
    <message>
        <source>add Runtime (e.g. Runtime: python3.12) to its Properties or to Globals.Function</source>
        <translation>ergänzen Sie Runtime (z. B. Runtime: python3.12) in ihren Properties oder in Globals.Function</translation>
    </message>
    <message>
        <source>runtime &quot;%1&quot; is not supported</source>
        <translation>die Laufzeit „%1“ wird nicht unterstützt</translation>
    </message>
    <message>
        <source>use one of %1</source>
        <translation>verwenden Sie eine von %1</translation>
    </message>
    <message>
        <source>write it as file.function, e.g. app.lambda_handler</source>
        <translation>schreiben Sie ihn als datei.funktion, z. B. app.lambda_handler</translation>
    </message>
    <message>
        <source>the function has no Handler</source>
        <translation>die Funktion hat keinen Handler</translation>
    </message>
    <message>
        <source>add Handler (e.g. Handler: app.lambda_handler) to its Properties or to Globals.Function</source>
        <translation>ergänzen Sie Handler (z. B. Handler: app.lambda_handler) in ihren Properties oder in Globals.Function</translation>
    </message>
    <message>
        <source>add Metadata with DockerContext (the folder of the build), Dockerfile and DockerTag to the resource, as sam build expects</source>
        <translation>ergänzen Sie an der Ressource Metadata mit DockerContext (dem Ordner des Builds), Dockerfile und DockerTag, wie sam build es erwartet</translation>
    </message>
    <message>
        <source>an image function (PackageType: Image) needs Metadata to build its image</source>
        <translation>eine Image-Funktion (PackageType: Image) braucht Metadata, um ihr Image zu bauen</translation>
    </message>
    <message>
        <source>Metadata has no DockerContext</source>
        <translation>Metadata hat keinen DockerContext</translation>
    </message>
    <message>
        <source>DockerContext folder &quot;%1&quot; does not exist (looked for %2)</source>
        <translation>der DockerContext-Ordner „%1“ existiert nicht (gesucht: %2)</translation>
    </message>
    <message>
        <source>create the folder or correct DockerContext; it is relative to the template&apos;s folder</source>
        <translation>legen Sie den Ordner an oder korrigieren Sie DockerContext; er ist relativ zum Ordner der Vorlage</translation>
    </message>
    <message>
        <source>there is no Dockerfile &quot;%1&quot; in %2</source>
        <translation>in %2 gibt es kein Dockerfile „%1“</translation>
    </message>
    <message>
        <source>write the Dockerfile there, or set Metadata.Dockerfile to its path inside DockerContext</source>
        <translation>legen Sie das Dockerfile dort ab oder setzen Sie Metadata.Dockerfile auf seinen Pfad innerhalb von DockerContext</translation>
    </message>
    <message>
        <source>Metadata.DockerBuildArgs is not a map</source>
        <translation>Metadata.DockerBuildArgs ist keine Map</translation>
    </message>
    <message>
        <source>write one NAME: value per line under DockerBuildArgs</source>
        <translation>schreiben Sie unter DockerBuildArgs ein NAME: Wert pro Zeile</translation>
    </message>
    <message>
        <source>ReservedConcurrentExecutions cannot be negative</source>
        <translation>ReservedConcurrentExecutions kann nicht negativ sein</translation>
    </message>
    <message>
        <source>write 0 (no calls at all) or more, or leave it out</source>
        <translation>schreiben Sie 0 (gar keine Aufrufe) oder mehr oder lassen Sie es weg</translation>
    </message>
    <message>
        <source>ProvisionedConcurrentExecutions cannot be negative</source>
        <translation>ProvisionedConcurrentExecutions kann nicht negativ sein</translation>
    </message>
    <message>
        <source>write 1 or more, or leave ProvisionedConcurrencyConfig out</source>
        <translation>schreiben Sie 1 oder mehr oder lassen Sie ProvisionedConcurrencyConfig weg</translation>
    </message>
    <message>
        <source>ProvisionedConcurrencyConfig applies to an alias: add AutoPublishAlias (e.g. AutoPublishAlias: live); until then it is ignored</source>
        <translation>ProvisionedConcurrencyConfig gilt für einen Alias: ergänzen Sie AutoPublishAlias (z. B. AutoPublishAlias: live); bis dahin wird es ignoriert</translation>
    </message>
    <message>
        <source>%1 has no Type</source>
        <translation>%1 hat keinen Type</translation>
    </message>
    <message>
        <source>%1 has Type %2, which Lambda does not know</source>
        <translation>%1 hat Type %2, den Lambda nicht kennt</translation>
    </message>
    <message>
        <source>%1 of Type Lambda names no function</source>
        <translation>%1 mit Type Lambda nennt keine Funktion</translation>
    </message>
    <message>
        <source>MaximumRetryAttempts is %1; Lambda allows 0 to 2</source>
        <translation>MaximumRetryAttempts ist %1; Lambda erlaubt 0 bis 2</translation>
    </message>
    <message>
        <source>MaximumEventAgeInSeconds is %1; Lambda allows 60 to 21600</source>
        <translation>MaximumEventAgeInSeconds ist %1; Lambda erlaubt 60 bis 21600</translation>
    </message>
    <message>
        <source>write a number of seconds from 60 (one minute) to 21600 (six hours)</source>
        <translation>schreiben Sie eine Anzahl Sekunden von 60 (eine Minute) bis 21600 (sechs Stunden)</translation>
    </message>
    <message>
        <source>DeadLetterQueue has Type %1; it takes SQS or SNS</source>
        <translation>DeadLetterQueue hat Type %1; es nimmt SQS oder SNS</translation>
    </message>
    <message>
        <source>write Type: SQS or Type: SNS, or use EventInvokeConfig&apos;s OnFailure</source>
        <translation>schreiben Sie Type: SQS oder Type: SNS oder verwenden Sie OnFailure von EventInvokeConfig</translation>
    </message>
    <message>
        <source>schedule %1 has no expression; it is left out</source>
        <translation>der Zeitplan %1 hat keinen Ausdruck; er wird ausgelassen</translation>
    </message>
    <message>
        <source>Bullpen runs local code: set %1 to the folder that holds the handler, e.g. %1: hello_world/</source>
        <translation>Bullpen führt lokalen Code aus: setzen Sie %1 auf den Ordner mit dem Handler, z. B. %1: hello_world/</translation>
    </message>
    <message>
        <source>inline code (InlineCode / ZipFile) is not supported</source>
        <translation>eingebetteter Code (InlineCode / ZipFile) wird nicht unterstützt</translation>
    </message>
    <message>
        <source>container image code (ImageUri) is not supported</source>
        <translation>Code als Container-Image (ImageUri) wird nicht unterstützt</translation>
    </message>
    <message>
        <source>%1 points to an S3 object (%2), not to local code</source>
        <translation>%1 verweist auf ein S3-Objekt (%2), nicht auf lokalen Code</translation>
    </message>
    <message>
        <source>%1 folder &quot;%2&quot; does not exist (looked for %3)</source>
        <translation>der %1-Ordner „%2“ existiert nicht (gesucht: %3)</translation>
    </message>
    <message>
        <source>create the folder or correct %1; it is relative to the template&apos;s folder</source>
        <translation>legen Sie den Ordner an oder korrigieren Sie %1; es ist relativ zum Ordner der Vorlage</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is a file, not a folder</source>
        <translation>%1 „%2“ ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>unpack the archive and point %1 at the folder</source>
        <translation>entpacken Sie das Archiv und lassen Sie %1 auf den Ordner zeigen</translation>
    </message>
    <message>
        <source>Architectures has %1 entries (SAM prepends Globals&apos; list to the function&apos;s); Lambda accepts one, Bullpen uses %2</source>
        <translation>Architectures hat %1 Einträge (SAM stellt die Liste aus Globals der der Funktion voran); Lambda akzeptiert einen, Bullpen verwendet %2</translation>
    </message>
    <message>
        <source>Layers is %1, not a list</source>
        <translation>Layers ist %1, keine Liste</translation>
    </message>
    <message>
        <source>write one layer a line, e.g. Layers: [!Ref CommonLayer]</source>
        <translation>schreiben Sie einen Layer pro Zeile, z. B. Layers: [!Ref CommonLayer]</translation>
    </message>
    <message>
        <source>layer %1 is not compatible with %2: its CompatibleRuntimes are %3</source>
        <translation>der Layer %1 ist nicht mit %2 kompatibel: seine CompatibleRuntimes sind %3</translation>
    </message>
    <message>
        <source>add %1 to the layer&apos;s CompatibleRuntimes, or use a layer made for it</source>
        <translation>ergänzen Sie %1 in den CompatibleRuntimes des Layers oder verwenden Sie einen Layer dafür</translation>
    </message>
    <message numerus="yes">
        <source>the function has %n layers; Lambda allows at most %1</source>
        <translation>
            <numerusform>die Funktion hat %n Layer; Lambda erlaubt höchstens %1</numerusform>
            <numerusform>die Funktion hat %n Layer; Lambda erlaubt höchstens %1</numerusform>
        </translation>
    </message>
    <message>
        <source>merge layers, or move some of their content into the function&apos;s code</source>
        <translation>führen Sie Layer zusammen oder verschieben Sie einen Teil ihres Inhalts in den Code der Funktion</translation>
    </message>
    <message>
        <source>Layers names %1, of type %2, which is not a layer</source>
        <translation>Layers nennt %1 vom Typ %2, das kein Layer ist</translation>
    </message>
    <message>
        <source>name an AWS::Serverless::LayerVersion of the template</source>
        <translation>nennen Sie eine AWS::Serverless::LayerVersion der Vorlage</translation>
    </message>
    <message>
        <source>layer %1 is not in the project</source>
        <translation>der Layer %1 ist nicht im Projekt</translation>
    </message>
    <message>
        <source>Bullpen runs the project&apos;s own layers: add the layer as an AWS::Serverless::LayerVersion whose ContentUri is its content (aws lambda get-layer-version-by-arn gives a download link), and write !Ref &lt;its id&gt; in Layers</source>
        <translation>Bullpen führt die eigenen Layer des Projekts aus: fügen Sie den Layer als AWS::Serverless::LayerVersion hinzu, deren ContentUri sein Inhalt ist (aws lambda get-layer-version-by-arn liefert einen Download-Link), und schreiben Sie !Ref &lt;seine ID&gt; in Layers</translation>
    </message>
    <message>
        <source>set %1 to the folder (or .zip) that holds the layer&apos;s content, e.g. %1: layers/common/</source>
        <translation>setzen Sie %1 auf den Ordner (oder die .zip-Datei) mit dem Inhalt des Layers, z. B. %1: layers/common/</translation>
    </message>
    <message>
        <source>it has no %1</source>
        <translation>er hat kein %1</translation>
    </message>
    <message>
        <source>%1 points to an S3 object (%2), not to local content</source>
        <translation>%1 verweist auf ein S3-Objekt (%2), nicht auf lokalen Inhalt</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not exist (looked for %3)</source>
        <translation>%1 „%2“ existiert nicht (gesucht: %3)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is a file but not a .zip</source>
        <translation>%1 „%2“ ist eine Datei, aber keine .zip-Datei</translation>
    </message>
    <message>
        <source>environment variable %1 is %2, which only has a value once deployed; Bullpen passes the text &quot;%2&quot;</source>
        <translation>die Umgebungsvariable %1 ist %2, was erst nach der Bereitstellung einen Wert hat; Bullpen übergibt den Text „%2“</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>fix the YAML at this position (indentation, quotes or a missing colon)</source>
        <translation>korrigieren Sie das YAML an dieser Stelle (Einrückung, Anführungszeichen oder ein fehlender Doppelpunkt)</translation>
    </message>
    <message>
        <source>this is not a SAM or CloudFormation template (no top-level map)</source>
        <translation>dies ist keine SAM- oder CloudFormation-Vorlage (keine Map auf oberster Ebene)</translation>
    </message>
    <message>
        <source>a template starts with keys such as Transform: AWS::Serverless-2016-10-31 and Resources:</source>
        <translation>eine Vorlage beginnt mit Schlüsseln wie Transform: AWS::Serverless-2016-10-31 und Resources:</translation>
    </message>
    <message>
        <source>the template has no Resources</source>
        <translation>die Vorlage hat keine Resources</translation>
    </message>
    <message>
        <source>add a Resources section with an AWS::Serverless::Function</source>
        <translation>ergänzen Sie einen Abschnitt Resources mit einer AWS::Serverless::Function</translation>
    </message>
    <message>
        <source>the template defines no functions</source>
        <translation>die Vorlage definiert keine Funktionen</translation>
    </message>
    <message>
        <source>add a resource with Type: AWS::Serverless::Function</source>
        <translation>ergänzen Sie eine Ressource mit Type: AWS::Serverless::Function</translation>
    </message>
    <message>
        <source>unexpected template structure: %1</source>
        <translation>unerwarteter Aufbau der Vorlage: %1</translation>
    </message>
    <message>
        <source>check the template against the SAM specification</source>
        <translation>prüfen Sie die Vorlage anhand der SAM-Spezifikation</translation>
    </message>
    <message>
        <source>the folder has no template.yaml, template.yml or template.json</source>
        <translation>der Ordner hat keine template.yaml, template.yml oder template.json</translation>
    </message>
    <message>
        <source>open the folder that holds the SAM template, or create one from a sample</source>
        <translation>öffnen Sie den Ordner mit der SAM-Vorlage oder legen Sie eine aus einem Beispiel an</translation>
    </message>
    <message>
        <source>cannot read the template: %1</source>
        <translation>die Vorlage kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>check that the file exists and is readable</source>
        <translation>prüfen Sie, ob die Datei existiert und lesbar ist</translation>
    </message>
    <message>
        <source>the template has no function named &quot;%1&quot;</source>
        <translation>die Vorlage hat keine Funktion namens „%1“</translation>
    </message>
    <message>
        <source>functions in this template: %1</source>
        <translation>Funktionen in dieser Vorlage: %1</translation>
    </message>
    <message>
        <source>SnapStart has no ApplyOn</source>
        <translation>SnapStart hat kein ApplyOn</translation>
    </message>
    <message>
        <source>write SnapStart: { ApplyOn: PublishedVersions }, or ApplyOn: None</source>
        <translation>schreiben Sie SnapStart: { ApplyOn: PublishedVersions } oder ApplyOn: None</translation>
    </message>
    <message>
        <source>SnapStart.ApplyOn is &quot;%1&quot;, which Lambda does not know</source>
        <translation>SnapStart.ApplyOn ist „%1“, das Lambda nicht kennt</translation>
    </message>
    <message>
        <source>write ApplyOn: PublishedVersions (or None to turn SnapStart off)</source>
        <translation>schreiben Sie ApplyOn: PublishedVersions (oder None, um SnapStart abzuschalten)</translation>
    </message>
    <message>
        <source>SnapStart applies to published versions: add AutoPublishAlias (e.g. AutoPublishAlias: live) and invoke the alias; until then every call runs $LATEST and starts cold as usual</source>
        <translation>SnapStart gilt für veröffentlichte Versionen: ergänzen Sie AutoPublishAlias (z. B. AutoPublishAlias: live) und rufen Sie den Alias auf; bis dahin führt jeder Aufruf $LATEST aus und startet wie üblich kalt</translation>
    </message>
</context>
<context>
    <name>Bullpen::ServerFeature</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Server…</source>
        <translation>&amp;Server …</translation>
    </message>
    <message>
        <source>Start &amp;Server</source>
        <translation>&amp;Server starten</translation>
    </message>
    <message>
        <source>The engine cannot run here: %1</source>
        <translation>Die Engine kann hier nicht laufen: %1</translation>
    </message>
    <message>
        <source>The server did not start: %1</source>
        <translation>Der Server ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>SigV4 cannot be required: %1</source>
        <translation>SigV4 kann nicht verlangt werden: %1</translation>
    </message>
    <message>
        <source>Cannot serve on 127.0.0.1:%1: %2</source>
        <translation>Bereitstellen auf 127.0.0.1:%1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Serving Lambda&apos;s Invoke API at %1</source>
        <translation>Lambdas Invoke API wird unter %1 bereitgestellt</translation>
    </message>
    <message>
        <source>(ListFunctions)</source>
        <translation>(ListFunctions)</translation>
    </message>
    <message>
        <source>Stop &amp;Server</source>
        <translation>&amp;Server anhalten</translation>
    </message>
    <message>
        <source>Building the functions before serving…</source>
        <translation>Die Funktionen werden vor dem Bereitstellen gebaut …</translation>
    </message>
    <message>
        <source>The build of %1 failed: %2</source>
        <translation>Der Build von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1; the server still serves the last build</source>
        <translation>%1; der Server stellt weiter den letzten Build bereit</translation>
    </message>
</context>
<context>
    <name>Bullpen::ServerRequestModel</name>
    <message>
        <source>(refused)</source>
        <translation>(abgelehnt)</translation>
    </message>
    <message>
        <source>Request id %1</source>
        <translation>Anfrage-ID %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
</context>
<context>
    <name>Bullpen::ServerView</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>ein freier Port</translation>
    </message>
    <message>
        <source>The port of Lambda&apos;s Invoke API on 127.0.0.1 (0 picks a free one).</source>
        <translation>Der Port von Lambdas Invoke API auf 127.0.0.1 (0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Off: any request is taken, signed or not, as SAM does. A profile from ~/.aws: requests must carry a valid SigV4 signature made with its keys.</source>
        <translation>Aus: Jede Anfrage wird angenommen, signiert oder nicht, wie bei SAM. Ein Profil aus ~/.aws: Anfragen müssen eine gültige SigV4-Signatur mit dessen Schlüsseln tragen.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Si&amp;gV4:</source>
        <translation>Si&amp;gV4:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Copy &amp;aws</source>
        <translation>&amp;aws kopieren</translation>
    </message>
    <message>
        <source>Copy c&amp;url</source>
        <translation>c&amp;url kopieren</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>AWS C&amp;LI:</source>
        <translation>AWS C&amp;LI:</translation>
    </message>
    <message>
        <source>&amp;curl:</source>
        <translation>&amp;curl:</translation>
    </message>
    <message>
        <source>Clea&amp;r Log</source>
        <translation>Log &amp;leeren</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>An&amp;fragen</translation>
    </message>
    <message>
        <source>R&amp;outes</source>
        <translation>R&amp;outen</translation>
    </message>
    <message>
        <source>aws command</source>
        <translation>aws-Befehl</translation>
    </message>
    <message>
        <source>curl command</source>
        <translation>curl-Befehl</translation>
    </message>
    <message>
        <source>Off (any credentials, as SAM)</source>
        <translation>Aus (beliebige Zugangsdaten, wie SAM)</translation>
    </message>
    <message>
        <source>Required: profile %1</source>
        <translation>Erforderlich: Profil %1</translation>
    </message>
    <message>
        <source>Required: profile %1 (not found)</source>
        <translation>Erforderlich: Profil %1 (nicht gefunden)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>Listening: Invoke API at %1</source>
        <translation>Empfangsbereit: Invoke API unter %1</translation>
    </message>
    <message>
        <source> (any credentials)</source>
        <translation> (beliebige Zugangsdaten)</translation>
    </message>
    <message>
        <source> (SigV4 with profile %1)</source>
        <translation> (SigV4 mit Profil %1)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Copied the %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
</context>
<context>
    <name>Bullpen::TargetsFeature</name>
    <message>
        <source>Deployment Targets</source>
        <translation>Bereitstellungsziele</translation>
    </message>
    <message>
        <source>Deployment &amp;Targets…</source>
        <translation>Bereitstellungs&amp;ziele …</translation>
    </message>
</context>
<context>
    <name>Bullpen::TargetsModel</name>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>Not probed: Bullpen did not deploy this target.</source>
        <translation>Nicht geprüft: Bullpen hat dieses Ziel nicht bereitgestellt.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Bullpen::TargetsView</name>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Hochfahren</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>&amp;Abbauen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>What Up and Down do shows here.</source>
        <translation>Was Hochfahren und Abbauen tun, erscheint hier.</translation>
    </message>
    <message>
        <source>Check every target&apos;s health (never runs a function)</source>
        <translation>Den Zustand jedes Ziels prüfen (führt nie eine Funktion aus)</translation>
    </message>
    <message>
        <source>Build the functions and deploy them on the selected target</source>
        <translation>Die Funktionen bauen und auf dem ausgewählten Ziel bereitstellen</translation>
    </message>
    <message>
        <source>Remove what Bullpen made on the selected target</source>
        <translation>Entfernen, was Bullpen auf dem ausgewählten Ziel angelegt hat</translation>
    </message>
    <message>
        <source>Open bullpen-targets.yaml</source>
        <translation>bullpen-targets.yaml öffnen</translation>
    </message>
    <message>
        <source>failed: </source>
        <translation>fehlgeschlagen: </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) in %1</source>
        <translation>
            <numerusform>%n Ziel in %1</numerusform>
            <numerusform>%n Ziele in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Kein Projekt ist geöffnet.</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>deploying</source>
        <translation>wird bereitgestellt</translation>
    </message>
    <message>
        <source>%1: building the functions</source>
        <translation>%1: die Funktionen werden gebaut</translation>
    </message>
    <message>
        <source>%1: the build failed: %2</source>
        <translation>%1: der Build ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>removing</source>
        <translation>wird entfernt</translation>
    </message>
</context>
<context>
    <name>Bullpen::TimelineModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 ms (sandbox %2 + init %3)</source>
        <translation>%1 ms (Sandbox %2 + Init %3)</translation>
    </message>
    <message>
        <source>%1 (throttled)</source>
        <translation>%1 (gedrosselt)</translation>
    </message>
    <message>
        <source>throttled</source>
        <translation>gedrosselt</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Instance / request</source>
        <translation>Instanz / Anfrage</translation>
    </message>
    <message>
        <source>Arrived (pool clock)</source>
        <translation>Eingetroffen (Pool-Uhr)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>Init</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>%1 ms (prepared sandbox %2 + init %3)</source>
        <translation>%1 ms (vorbereitete Sandbox %2 + Init %3)</translation>
    </message>
    <message>
        <source>warm call</source>
        <translation>warmer Aufruf</translation>
    </message>
    <message>
        <source>cold start, sandbox made on demand</source>
        <translation>Kaltstart, Sandbox bei Bedarf angelegt</translation>
    </message>
    <message>
        <source>cold start from a prepared sandbox</source>
        <translation>Kaltstart aus einer vorbereiteten Sandbox</translation>
    </message>
    <message>
        <source>%1 ms (restore %2 + after-restore %3)</source>
        <translation>%1 ms (Wiederherstellung %2 + nach der Wiederherstellung %3)</translation>
    </message>
    <message>
        <source>cold start restored from a SnapStart snapshot</source>
        <translation>Kaltstart, aus einem SnapStart-Snapshot wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>Bullpen::TimelineView</name>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>runtime init</source>
        <translation>Init der Laufzeit</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>cold (zoomed out)</source>
        <translation>kalt (herausgezoomt)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>throttled</source>
        <translation>gedrosselt</translation>
    </message>
    <message>
        <source>Invocations appear here, one row per instance.</source>
        <translation>Hier erscheinen die Aufrufe, eine Zeile pro Instanz.</translation>
    </message>
    <message>
        <source>%1 throttled</source>
        <translation>%1 gedrosselt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Throttled (TooManyRequestsException)</source>
        <translation>Gedrosselt (TooManyRequestsException)</translation>
    </message>
    <message>
        <source>Warm, on %1</source>
        <translation>Warm, auf %1</translation>
    </message>
    <message>
        <source>Queued: %1 ms</source>
        <translation>Eingereiht: %1 ms</translation>
    </message>
    <message>
        <source>Waited for its cold start: %1 ms (sandbox %2 ms, runtime init %3 ms)</source>
        <translation>Auf seinen Kaltstart gewartet: %1 ms (Sandbox %2 ms, Init der Laufzeit %3 ms)</translation>
    </message>
    <message>
        <source>Waited for init: %1 ms</source>
        <translation>Auf Init gewartet: %1 ms</translation>
    </message>
    <message>
        <source>Waiting for the runtime&apos;s init</source>
        <translation>Wartet auf die Initialisierung der Laufzeit</translation>
    </message>
    <message>
        <source>Waiting for its sandbox</source>
        <translation>Wartet auf seine Sandbox</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Duration: %1 ms</source>
        <translation>Dauer: %1 ms</translation>
    </message>
    <message>
        <source>Click to open its result.</source>
        <translation>Klicken, um das Ergebnis zu öffnen.</translation>
    </message>
    <message>
        <source>sandbox (on demand)</source>
        <translation>Sandbox (bei Bedarf)</translation>
    </message>
    <message>
        <source>prepared sandbox</source>
        <translation>vorbereitete Sandbox</translation>
    </message>
    <message>
        <source>Cold start from a prepared sandbox, on %1</source>
        <translation>Kaltstart aus einer vorbereiteten Sandbox, auf %1</translation>
    </message>
    <message>
        <source>Cold start, sandbox made on demand, on %1</source>
        <translation>Kaltstart, Sandbox bei Bedarf angelegt, auf %1</translation>
    </message>
    <message>
        <source>Waited for its cold start: %1 ms (prepared sandbox taken and started %2 ms, runtime init %3 ms)</source>
        <translation>Auf seinen Kaltstart gewartet: %1 ms (vorbereitete Sandbox übernommen und gestartet %2 ms, Init der Laufzeit %3 ms)</translation>
    </message>
    <message>
        <source>SnapStart restore</source>
        <translation>SnapStart-Wiederherstellung</translation>
    </message>
    <message>
        <source>Cold start restored from a SnapStart snapshot, on %1</source>
        <translation>Kaltstart, aus einem SnapStart-Snapshot wiederhergestellt, auf %1</translation>
    </message>
    <message>
        <source>Waited for its cold start: %1 ms (restore %2 ms, wake and after-restore hooks %3 ms)</source>
        <translation>Auf den Kaltstart gewartet: %1 ms (Wiederherstellung %2 ms, Aufwecken und After-Restore-Hooks %3 ms)</translation>
    </message>
</context>
<context>
    <name>Bullpen::WelcomePage</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt …</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Bullpen</source>
        <translation>Bullpen</translation>
    </message>
    <message>
        <source>Write AWS Lambda functions and run them on this machine, in a warm pool of containers that speaks Lambda&apos;s Runtime API.</source>
        <translation>Schreiben Sie AWS-Lambda-Funktionen und führen Sie sie auf diesem Rechner aus, in einem Warm-Pool aus Containern, der Lambdas Runtime API spricht.</translation>
    </message>
    <message>
        <source>Create a project from a sample (Ctrl+Shift+N)</source>
        <translation>Ein Projekt aus einem Beispiel erstellen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Open a SAM project: its folder or template.yaml (Ctrl+Shift+O)</source>
        <translation>Ein SAM-Projekt öffnen: seinen Ordner oder seine template.yaml (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>&amp;Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>None yet: a new project starts from a sample.</source>
        <translation>Noch keine: Ein neues Projekt beginnt mit einem Beispiel.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Local pool</source>
        <translation>Lokaler Pool</translation>
    </message>
    <message>
        <source>Docker container</source>
        <translation>Docker-Container</translation>
    </message>
    <message>
        <source>Docker Swarm service</source>
        <translation>Docker-Swarm-Dienst</translation>
    </message>
    <message>
        <source>EC2-style endpoint</source>
        <translation>Endpunkt nach EC2-Art</translation>
    </message>
    <message>
        <source>AWS Lambda</source>
        <translation>AWS Lambda</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n calls, containers %4; the model ran the %2 policies in %3 s</source>
        <translation>
            <numerusform>%1: %n Aufruf, Container %4; das Modell rechnete die %2 Strategien in %3 s</numerusform>
            <numerusform>%1: %n Aufrufe, Container %4; das Modell rechnete die %2 Strategien in %3 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <source>Develop AWS-Lambda-style functions locally.</source>
        <translation>AWS-Lambda-artige Funktionen lokal entwickeln.</translation>
    </message>
    <message>
        <source>A project folder or template.yaml to open, or a file.</source>
        <translation>Ein Projektordner oder eine template.yaml zum Öffnen, oder eine Datei.</translation>
    </message>
</context>
</TS>
