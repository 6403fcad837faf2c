<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>AwsCredentialProvider</name>
    <message>
        <source>The AWS profile &quot;%1&quot; gets its credentials through %2, which Bullpen does not run; give it aws_access_key_id and aws_secret_access_key, or export them.</source>
        <translation>Profil AWS „%1” pobiera dane uwierzytelniające przez %2, którego Bullpen nie uruchamia; wpisz w nim aws_access_key_id i aws_secret_access_key albo je wyeksportuj.</translation>
    </message>
    <message>
        <source>No AWS profile &quot;%1&quot; in %2 or %3.</source>
        <translation>Brak profilu AWS „%1” w %2 ani w %3.</translation>
    </message>
    <message>
        <source>The AWS profile &quot;%1&quot; has no aws_access_key_id and aws_secret_access_key.</source>
        <translation>Profil AWS „%1” nie ma aws_access_key_id ani aws_secret_access_key.</translation>
    </message>
</context>
<context>
    <name>Bullpen::AsyncEventsModel</name>
    <message>
        <source>queued</source>
        <translation>w kolejce</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>w toku</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>ponawiane</translation>
    </message>
    <message>
        <source>waiting for its function</source>
        <translation>czeka na swoją funkcję</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>za %1 s</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Identyfikator żądania</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funkcja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Próby</translation>
    </message>
    <message>
        <source>Next attempt (pool time)</source>
        <translation>Następna próba (czas puli)</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Ostatni błąd</translation>
    </message>
</context>
<context>
    <name>Bullpen::AsyncFeature</name>
    <message>
        <source>Asynchronous Invocations</source>
        <translation>Wywołania asynchroniczne</translation>
    </message>
    <message>
        <source>Invoke &amp;Asynchronously</source>
        <translation>Wywołaj &amp;asynchronicznie</translation>
    </message>
    <message>
        <source>Queue the event for the selected function as an Event invocation: retried on errors, then sent to its destinations</source>
        <translation>Dodaj zdarzenie dla zaznaczonej funkcji do kolejki jako wywołanie Event: ponawiane przy błędach, potem wysyłane do miejsc docelowych</translation>
    </message>
    <message>
        <source>&amp;Asynchronous Queue…</source>
        <translation>Kolejka &amp;asynchroniczna…</translation>
    </message>
    <message>
        <source>Asynchronous invocations are off for this project: %1</source>
        <translation>Wywołania asynchroniczne są wyłączone dla tego projektu: %1</translation>
    </message>
    <message>
        <source>Choose a function of the open project to invoke it asynchronously.</source>
        <translation>Wybierz funkcję otwartego projektu, aby wywołać ją asynchronicznie.</translation>
    </message>
    <message>
        <source>The engine cannot start: %1</source>
        <translation>Silnik nie może wystartować: %1</translation>
    </message>
    <message>
        <source>The event was not queued: %1</source>
        <translation>Zdarzenia nie dodano do kolejki: %1</translation>
    </message>
    <message>
        <source>Queued %1 for %2 (Event invocation)</source>
        <translation>Dodano %1 do kolejki dla %2 (wywołanie Event)</translation>
    </message>
    <message numerus="yes">
        <source>%n asynchronous events wait, but the engine cannot start: %1</source>
        <translation>
            <numerusform>%n zdarzenie asynchroniczne czeka, ale silnik nie może wystartować: %1</numerusform>
            <numerusform>%n zdarzenia asynchroniczne czekają, ale silnik nie może wystartować: %1</numerusform>
            <numerusform>%n zdarzeń asynchronicznych czeka, ale silnik nie może wystartować: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::AsyncRecordsModel</name>
    <message>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Identyfikator żądania</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Warunek</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>Dodano do kolejki</translation>
    </message>
</context>
<context>
    <name>Bullpen::AsyncView</name>
    <message>
        <source>Choose a record to see it as Lambda sent it.</source>
        <translation>Wybierz rekord, aby zobaczyć go tak, jak wysłała go Lambda.</translation>
    </message>
    <message>
        <source>Open a project: its asynchronous (Event) invocations are listed here.</source>
        <translation>Otwórz projekt: jego asynchroniczne wywołania (Event) pojawią się tutaj.</translation>
    </message>
    <message>
        <source>%1 queued · %2 in flight · %3 retrying · %4 waiting for their function · %5 records in destination queues</source>
        <translation>%1 w kolejce · %2 w toku · %3 ponawianych · %4 czeka na swoją funkcję · %5 rekordów w kolejkach docelowych</translation>
    </message>
</context>
<context>
    <name>Bullpen::BackendRegistry</name>
    <message>
        <source>Containers (automatic: crun or runc)</source>
        <translation>Kontenery (automatycznie: crun lub runc)</translation>
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
        <translation>Docker Engine (gniazdo Dockera lub Podmana)</translation>
    </message>
    <message>
        <source>Plain processes (no isolation)</source>
        <translation>Zwykłe procesy (bez izolacji)</translation>
    </message>
</context>
<context>
    <name>Bullpen::BuildFeature</name>
    <message>
        <source>Build</source>
        <translation>Budowanie</translation>
    </message>
</context>
<context>
    <name>Bullpen::BuildPanel</name>
    <message>
        <source>&amp;Build</source>
        <translation>Zbu&amp;duj</translation>
    </message>
    <message>
        <source>Build the project&apos;s functions and layers into .aws-sam/build (Ctrl+B)</source>
        <translation>Zbuduj funkcje i warstwy projektu do .aws-sam/build (Ctrl+B)</translation>
    </message>
    <message>
        <source>Not built in this session</source>
        <translation>Nie budowano w tej sesji</translation>
    </message>
    <message numerus="yes">
        <source>Built %n function(s) or layer(s)</source>
        <translation>
            <numerusform>Zbudowano %n funkcję lub warstwę</numerusform>
            <numerusform>Zbudowano %n funkcje lub warstwy</numerusform>
            <numerusform>Zbudowano %n funkcji lub warstw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n up to date</source>
        <translation>
            <numerusform>, %n aktualna</numerusform>
            <numerusform>, %n aktualne</numerusform>
            <numerusform>, %n aktualnych</numerusform>
        </translation>
    </message>
    <message>
        <source>Build failed: %1</source>
        <translation>Budowanie nie powiodło się: %1</translation>
    </message>
    <message>
        <source>Cannot build: %1</source>
        <translation>Nie można zbudować: %1</translation>
    </message>
    <message>
        <source>Building…</source>
        <translation>Budowanie…</translation>
    </message>
</context>
<context>
    <name>Bullpen::Cli</name>
    <message numerus="yes">
        <source>  !! %1 of %n invocations failed: %2</source>
        <translation>
            <numerusform>  !! %1 z %n wywołania nie powiodło się: %2</numerusform>
            <numerusform>  !! %1 z %n wywołań nie powiodło się: %2</numerusform>
            <numerusform>  !! %1 z %n wywołań nie powiodło się: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Measure cold starts, warm round trips, throughput and memory.</source>
        <translation>Zmierz zimne starty, ciepłe cykle, przepustowość i pamięć.</translation>
    </message>
    <message>
        <source>One of %1 (default %2).</source>
        <translation>Jeden z: %1 (domyślnie %2).</translation>
    </message>
    <message>
        <source>Warm invocations to time (default 10000).</source>
        <translation>Liczba mierzonych ciepłych wywołań (domyślnie 10000).</translation>
    </message>
    <message>
        <source>Cold starts to time (default 20).</source>
        <translation>Liczba mierzonych zimnych startów (domyślnie 20).</translation>
    </message>
    <message>
        <source>Invocations for the endurance run (default 1000000; 0 skips it).</source>
        <translation>Wywołania w teście wytrzymałościowym (domyślnie 1000000; 0 go pomija).</translation>
    </message>
    <message>
        <source>python, nodejs or both (default).</source>
        <translation>python, nodejs lub oba (domyślnie).</translation>
    </message>
    <message>
        <source>Alternating rounds of warm round trips with the pool event stream off and on (default 6; 0 skips it).</source>
        <translation>Naprzemienne rundy ciepłych cykli z wyłączonym i włączonym strumieniem zdarzeń puli (domyślnie 6; 0 je pomija).</translation>
    </message>
    <message>
        <source>Measure the engine: cold starts, warm round trips, throughput, memory</source>
        <translation>Zmierz silnik: zimne starty, ciepłe cykle, przepustowość, pamięć</translation>
    </message>
    <message>
        <source>Build a SAM project&apos;s functions and layers into .aws-sam/build.</source>
        <translation>Zbuduj funkcje i warstwy projektu SAM do .aws-sam/build.</translation>
    </message>
    <message>
        <source>Logical ids of the functions or layers to build (default: all).</source>
        <translation>Logiczne identyfikatory funkcji lub warstw do zbudowania (domyślnie: wszystkie).</translation>
    </message>
    <message>
        <source>The SAM template (default ./template.yaml).</source>
        <translation>Szablon SAM (domyślnie ./template.yaml).</translation>
    </message>
    <message>
        <source>The dependency cache (default $XDG_CACHE_HOME/Bullpen/deps, ~/.cache/Bullpen/deps when XDG_CACHE_HOME is not set).</source>
        <translation>Pamięć podręczna zależności (domyślnie $XDG_CACHE_HOME/Bullpen/deps, ~/.cache/Bullpen/deps, gdy XDG_CACHE_HOME nie jest ustawione).</translation>
    </message>
    <message>
        <source>pip&apos;s configuration file (default: the user&apos;s pip.conf).</source>
        <translation>Plik konfiguracyjny pip (domyślnie: pip.conf użytkownika).</translation>
    </message>
    <message>
        <source>npm&apos;s configuration file (default: the user&apos;s ~/.npmrc).</source>
        <translation>Plik konfiguracyjny npm (domyślnie: ~/.npmrc użytkownika).</translation>
    </message>
    <message>
        <source>The backend whose sandbox runs pip, npm and make on the function&apos;s runtime image: one of %1 (default %2; process runs them on the host, isolating nothing).</source>
        <translation>Backend, którego piaskownica uruchamia pip, npm i make na obrazie środowiska wykonawczego funkcji: jeden z: %1 (domyślnie %2; process uruchamia je na hoście, niczego nie izolując).</translation>
    </message>
    <message>
        <source>Print only the summary and errors.</source>
        <translation>Wypisz tylko podsumowanie i błędy.</translation>
    </message>
    <message>
        <source>Built %1, %2 up to date, %3 dependency installs: %4</source>
        <translation>Zbudowano: %1, aktualne: %2, instalacje zależności: %3: %4</translation>
    </message>
    <message>
        <source>Build functions and layers as `sam build` does (into .aws-sam/build)</source>
        <translation>Zbuduj funkcje i warstwy tak jak `sam build` (do .aws-sam/build)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n functions; name one of: %2</source>
        <translation>
            <numerusform>%1 ma %n funkcję; wskaż jedną z: %2</numerusform>
            <numerusform>%1 ma %n funkcje; wskaż jedną z: %2</numerusform>
            <numerusform>%1 ma %n funkcji; wskaż jedną z: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no function &apos;%2&apos;; its functions are: %3</source>
        <translation>%1 nie ma funkcji „%2”; jego funkcje to: %3</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standardowe wejście</translation>
    </message>
    <message>
        <source>cannot read the event from standard input</source>
        <translation>nie można odczytać zdarzenia ze standardowego wejścia</translation>
    </message>
    <message>
        <source>cannot read the event file %1: %2</source>
        <translation>nie można odczytać pliku zdarzenia %1: %2</translation>
    </message>
    <message>
        <source>the event in %1 is not valid JSON: line %2, column %3: %4. Lambda refuses it (InvalidRequestContentException); fix the file or pass --event with another one.</source>
        <translation>zdarzenie w %1 nie jest poprawnym JSON-em: wiersz %2, kolumna %3: %4. Lambda je odrzuca (InvalidRequestContentException); popraw plik lub podaj inny w --event.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>plik jest pusty</translation>
    </message>
    <message>
        <source>%1 has no function</source>
        <translation>%1 nie ma żadnej funkcji</translation>
    </message>
    <message>
        <source>Send the same event to several deployment targets (bullpen-targets.yaml) and compare the results: payloads as a JSON diff, errors, logs, and the figures with their spread. Exits 0 when equal, 1 when they differ, 3 when a target was down (and the rest equal).</source>
        <translation>Wyślij to samo zdarzenie do kilku celów wdrożenia (bullpen-targets.yaml) i porównaj wyniki: ładunki jako różnicę JSON, błędy, dzienniki i wskaźniki z ich rozrzutem. Kończy się kodem 0 przy równości, 1 przy różnicach, 3, gdy cel był niedostępny (a reszta równa).</translation>
    </message>
    <message>
        <source>Logical id of the function (optional when the template has one).</source>
        <translation>Logiczny identyfikator funkcji (opcjonalny, gdy szablon ma tylko jedną).</translation>
    </message>
    <message>
        <source>The event: a JSON file, or - for standard input (default {}).</source>
        <translation>Zdarzenie: plik JSON lub - dla standardowego wejścia (domyślnie {}).</translation>
    </message>
    <message>
        <source>A target of bullpen-targets.yaml; give two or more.</source>
        <translation>Cel z bullpen-targets.yaml; podaj co najmniej dwa.</translation>
    </message>
    <message>
        <source>Send the event K times to each target (default 1).</source>
        <translation>Wyślij zdarzenie K razy do każdego celu (domyślnie 1).</translation>
    </message>
    <message>
        <source>A JSON path whose differences do not count, e.g. $.body.time, &apos;headers.*&apos;, &apos;items[*].id&apos;, &apos;**.token&apos;.</source>
        <translation>Ścieżka JSON, której różnice się nie liczą, np. $.body.time, &apos;headers.*&apos;, &apos;items[*].id&apos;, &apos;**.token&apos;.</translation>
    </message>
    <message>
        <source>Count request ids, timestamps and durations as differences too.</source>
        <translation>Licz również identyfikatory żądań, znaczniki czasu i czasy trwania jako różnice.</translation>
    </message>
    <message>
        <source>Count differing log lines (after the same normalisation).</source>
        <translation>Licz różniące się wiersze dziennika (po tej samej normalizacji).</translation>
    </message>
    <message>
        <source>Print the comparison as one JSON object.</source>
        <translation>Wypisz porównanie jako jeden obiekt JSON.</translation>
    </message>
    <message>
        <source>Keep what the comparison deployed (default: removed after).</source>
        <translation>Zachowaj to, co porównanie wdrożyło (domyślnie: usuwane po nim).</translation>
    </message>
    <message>
        <source>Do not deploy to a target that has nothing deployed: report it down.</source>
        <translation>Nie wdrażaj do celu, na którym nic nie jest wdrożone: zgłoś go jako niedostępny.</translation>
    </message>
    <message>
        <source>Run the code as it is: no build first.</source>
        <translation>Uruchom kod w obecnej postaci: bez wcześniejszego budowania.</translation>
    </message>
    <message>
        <source>one FUNCTION at most, got: </source>
        <translation>najwyżej jedna FUNCTION, otrzymano: </translation>
    </message>
    <message>
        <source>--repeat takes a whole number of at least 1</source>
        <translation>--repeat przyjmuje liczbę całkowitą nie mniejszą niż 1</translation>
    </message>
    <message>
        <source>name at least two targets with --target (%1 has: %2)</source>
        <translation>wskaż co najmniej dwa cele przez --target (%1 ma: %2)</translation>
    </message>
    <message>
        <source>no target &apos;%1&apos; in %2; its targets are: %3</source>
        <translation>brak celu „%1” w %2; jego cele to: %3</translation>
    </message>
    <message>
        <source>target &apos;%1&apos; is named twice</source>
        <translation>cel „%1” podano dwukrotnie</translation>
    </message>
    <message>
        <source>the build failed: </source>
        <translation>budowanie nie powiodło się: </translation>
    </message>
    <message>
        <source>stopping (signal %1); removing what it deployed</source>
        <translation>zatrzymywanie (sygnał %1); usuwanie tego, co wdrożono</translation>
    </message>
    <message>
        <source>Compare one event&apos;s results on several deployment targets</source>
        <translation>Porównaj wyniki jednego zdarzenia w kilku celach wdrożenia</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>ostrzeżenie: %1</translation>
    </message>
    <message>
        <source>unknown service &apos;%1&apos;; valid services: %2</source>
        <translation>nieznana usługa „%1”; prawidłowe usługi: %2</translation>
    </message>
    <message>
        <source>unknown event &apos;%1&apos; for service %2; valid events: %3</source>
        <translation>nieznane zdarzenie „%1” dla usługi %2; prawidłowe zdarzenia: %3</translation>
    </message>
    <message>
        <source>list takes at most one SERVICE</source>
        <translation>list przyjmuje najwyżej jeden SERVICE</translation>
    </message>
    <message>
        <source>show needs SERVICE EVENT</source>
        <translation>show wymaga SERVICE EVENT</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parametry:</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>domyślnie: %1</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 wymaga wartości</translation>
    </message>
    <message>
        <source>--param takes NAME=VALUE, not &apos;%1&apos;</source>
        <translation>--param przyjmuje NAME=VALUE, a nie „%1”</translation>
    </message>
    <message>
        <source>--now takes an ISO 8601 time such as 2024-01-02T03:04:05Z, not &apos;%1&apos;</source>
        <translation>--now przyjmuje czas ISO 8601, np. 2024-01-02T03:04:05Z, a nie „%1”</translation>
    </message>
    <message>
        <source>--seed takes a positive whole number</source>
        <translation>--seed przyjmuje dodatnią liczbę całkowitą</translation>
    </message>
    <message>
        <source>generate needs SERVICE EVENT</source>
        <translation>generate wymaga SERVICE EVENT</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos; for %2 %3; valid parameters: %4</source>
        <translation>nieznany parametr „%1” dla %2 %3; prawidłowe parametry: %4</translation>
    </message>
    <message>
        <source>validate needs FILE and optionally SERVICE EVENT</source>
        <translation>validate wymaga FILE i opcjonalnie SERVICE EVENT</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>w porządku</translation>
    </message>
    <message>
        <source>a subcommand is needed: list, show, generate, validate</source>
        <translation>potrzebne jest podpolecenie: list, show, generate, validate</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;; valid: list, show, generate, validate</source>
        <translation>nieznane podpolecenie „%1”; prawidłowe: list, show, generate, validate</translation>
    </message>
    <message>
        <source>list, generate and validate event payloads</source>
        <translation>wyświetlaj, generuj i sprawdzaj ładunki zdarzeń</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>Export what a function needs to run elsewhere: a Docker build context (--dockerfile), a Docker Swarm stack file (--stack) or EC2 user data (--user-data).</source>
        <translation>Eksportuj to, czego funkcja potrzebuje, by działać gdzie indziej: kontekst budowania Dockera (--dockerfile), plik stosu Docker Swarm (--stack) lub dane użytkownika EC2 (--user-data).</translation>
    </message>
    <message>
        <source>A Docker build context in the folder -o: Dockerfile, code/ (as built) and opt/ (layers).</source>
        <translation>Kontekst budowania Dockera w folderze -o: Dockerfile, code/ (po zbudowaniu) i opt/ (warstwy).</translation>
    </message>
    <message>
        <source>A Docker Swarm stack file (docker stack deploy -c FILE).</source>
        <translation>Plik stosu Docker Swarm (docker stack deploy -c FILE).</translation>
    </message>
    <message>
        <source>EC2 user data (cloud-init) that installs Docker and runs the image.</source>
        <translation>Dane użytkownika EC2 (cloud-init), które instalują Dockera i uruchamiają obraz.</translation>
    </message>
    <message>
        <source>--dockerfile: FROM Lambda&apos;s official image (official, default) or Bullpen&apos;s offline one (offline).</source>
        <translation>--dockerfile: FROM oficjalny obraz Lambdy (official, domyślnie) lub obraz offline Bullpen (offline).</translation>
    </message>
    <message>
        <source>--base official: the registry of Lambda&apos;s images (default $BULLPEN_RUNTIME_REGISTRY, else public.ecr.aws/lambda).</source>
        <translation>--base official: rejestr obrazów Lambdy (domyślnie $BULLPEN_RUNTIME_REGISTRY, w przeciwnym razie public.ecr.aws/lambda).</translation>
    </message>
    <message>
        <source>--stack, --user-data: the function&apos;s image as the deployment pulls it (default &lt;function in lower case&gt;:latest).</source>
        <translation>--stack, --user-data: obraz funkcji, tak jak pobiera go wdrożenie (domyślnie &lt;funkcja małymi literami&gt;:latest).</translation>
    </message>
    <message>
        <source>The service&apos;s or container&apos;s name (default: the function in lower case).</source>
        <translation>Nazwa usługi lub kontenera (domyślnie: funkcja małymi literami).</translation>
    </message>
    <message>
        <source>The published port for the image&apos;s invoke port (default 9000).</source>
        <translation>Port publikowany dla portu wywołań obrazu (domyślnie 9000).</translation>
    </message>
    <message>
        <source>--stack: the service&apos;s replicas (default 2).</source>
        <translation>--stack: repliki usługi (domyślnie 2).</translation>
    </message>
    <message>
        <source>Where to write: a folder for --dockerfile, a file (or - for standard output) otherwise.</source>
        <translation>Gdzie zapisać: folder dla --dockerfile, w pozostałych przypadkach plik (lub - dla standardowego wyjścia).</translation>
    </message>
    <message>
        <source>--dockerfile: export the code as it is, without a build first.</source>
        <translation>--dockerfile: eksportuj kod w obecnej postaci, bez wcześniejszego budowania.</translation>
    </message>
    <message>
        <source>say what to export: one of --dockerfile, --stack or --user-data</source>
        <translation>określ, co eksportować: jedno z --dockerfile, --stack lub --user-data</translation>
    </message>
    <message>
        <source>say where to write it with -o PATH (- for standard output)</source>
        <translation>określ przez -o PATH, gdzie zapisać (- dla standardowego wyjścia)</translation>
    </message>
    <message>
        <source>--base is official or offline; got &apos;%1&apos;</source>
        <translation>--base to official lub offline; otrzymano „%1”</translation>
    </message>
    <message>
        <source>--dockerfile writes a folder (Dockerfile, code/, opt/): name it with -o DIR</source>
        <translation>--dockerfile zapisuje folder (Dockerfile, code/, opt/): wskaż go przez -o DIR</translation>
    </message>
    <message>
        <source>%1 is a container image function: its Dockerfile is %2 in %3 already</source>
        <translation>%1 to funkcja z obrazu kontenera: jej Dockerfile to już %2 w %3</translation>
    </message>
    <message>
        <source>wrote %1 (FROM %2)
Build it with: docker build -t %3:latest %1</source>
        <translation>zapisano %1 (FROM %2)
Zbuduj go poleceniem: docker build -t %3:latest %1</translation>
    </message>
    <message>
        <source>--port takes a port number; got &apos;%1&apos;</source>
        <translation>--port przyjmuje numer portu; otrzymano „%1”</translation>
    </message>
    <message>
        <source>--replicas takes a whole number; got &apos;%1&apos;</source>
        <translation>--replicas przyjmuje liczbę całkowitą; otrzymano „%1”</translation>
    </message>
    <message>
        <source>wrote %1
Deploy it with: docker stack deploy -c %1 %2</source>
        <translation>zapisano %1
Wdróż go poleceniem: docker stack deploy -c %1 %2</translation>
    </message>
    <message>
        <source>wrote %1
Check it with: cloud-init schema --config-file %1</source>
        <translation>zapisano %1
Sprawdź go poleceniem: cloud-init schema --config-file %1</translation>
    </message>
    <message>
        <source>Export a Dockerfile, Swarm stack or EC2 user data for a function</source>
        <translation>Eksportuj Dockerfile, stos Swarm lub dane użytkownika EC2 dla funkcji</translation>
    </message>
    <message>
        <source>no image for runtime &apos;%1&apos;; images exist for: %2</source>
        <translation>brak obrazu dla środowiska wykonawczego „%1”; obrazy istnieją dla: %2</translation>
    </message>
    <message>
        <source>(none in %1; build them with: bullpen images build)</source>
        <translation>(brak w %1; zbuduj je poleceniem: bullpen images build)</translation>
    </message>
    <message>
        <source>no %1 image in %2 to import (bullpen images build %1)</source>
        <translation>brak obrazu %1 w %2 do zaimportowania (bullpen images build %1)</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>usunięto %1</translation>
    </message>
    <message>
        <source>(Docker daemon: %1)</source>
        <translation>(demon Dockera: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n stale image(s) removed</source>
        <translation>
            <numerusform>usunięto %n nieaktualny obraz</numerusform>
            <numerusform>usunięto %n nieaktualne obrazy</numerusform>
            <numerusform>usunięto %n nieaktualnych obrazów</numerusform>
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
        <translation>Obrazy środowisk wykonawczych Bullpen, budowane offline z pakietów Debiana przez mmdebstrap i ułożone jak obrazy bazowe Lambdy: runc działa na ich rozpakowanym katalogu głównym, backend Docker na obrazie zaimportowanym do demona.

  build [RUNTIME...]   zbuduj obrazy (domyślnie: każde środowisko), jeśli nie ma ich w pamięci
                       podręcznej, a potem zaimportuj je do demona Docker/Podman, jeśli odpowiada;
                       python-build, nodejs-build i provided-build to obrazy, na których działa
                       budowanie (pip, npm, make), tworzone przez `bullpen build`, gdy po raz pierwszy są potrzebne
  list                 obrazy w pamięci podręcznej i w demonie
  remove [RUNTIME...]  usuń obrazy środowisk z demona (wszystkie, gdy żadnego nie podano)
  prune                usuń nieaktualne obrazy (wcześniejsze wejścia) z pamięci podręcznej i demona
  pull [RUNTIME...]    użyj zamiast tego oficjalnych obrazów bazowych Lambdy: pobierz je z rejestru
                       (--registry, domyślnie $BULLPEN_RUNTIME_REGISTRY lub public.ecr.aws/lambda)
                       z postępem i uczyń je obrazami środowisk backendu Docker</translation>
    </message>
    <message>
        <source>build, list, remove, prune or pull</source>
        <translation>build, list, remove, prune lub pull</translation>
    </message>
    <message>
        <source>python, nodejs, provided, an AWS runtime name (python3.12) or a build image (python-build, nodejs-build, provided-build).</source>
        <translation>python, nodejs, provided, nazwa środowiska wykonawczego AWS (python3.12) lub obraz do budowania (python-build, nodejs-build, provided-build).</translation>
    </message>
    <message>
        <source>The image cache (default: $BULLPEN_IMAGE_CACHE, else /var/cache/bullpen/images where writable, else ~/.cache/bullpen/images).</source>
        <translation>Pamięć podręczna obrazów (domyślnie: $BULLPEN_IMAGE_CACHE, w przeciwnym razie /var/cache/bullpen/images, jeśli zapisywalny, a inaczej ~/.cache/bullpen/images).</translation>
    </message>
    <message>
        <source>Print only the start, the result and errors.</source>
        <translation>Wypisz tylko początek, wynik i błędy.</translation>
    </message>
    <message>
        <source>list: the cache&apos;s images as JSON.</source>
        <translation>list: obrazy z pamięci podręcznej jako JSON.</translation>
    </message>
    <message>
        <source>build: do not import into the Docker daemon.</source>
        <translation>build: nie importuj do demona Dockera.</translation>
    </message>
    <message>
        <source>build: import this root file system tarball instead of building one (it must hold /bin/sh and the runtime&apos;s interpreter).</source>
        <translation>build: zaimportuj to archiwum głównego systemu plików zamiast je budować (musi zawierać /bin/sh i interpreter środowiska).</translation>
    </message>
    <message>
        <source>The daemon&apos;s socket (default: DOCKER_HOST, then the usual Docker and Podman sockets).</source>
        <translation>Gniazdo demona (domyślnie: DOCKER_HOST, potem zwykłe gniazda Dockera i Podmana).</translation>
    </message>
    <message>
        <source>pull: the registry of the official images (default %1).</source>
        <translation>pull: rejestr oficjalnych obrazów (domyślnie %1).</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (build, list, remove, prune or pull)</source>
        <translation>nieznana akcja „%1” (build, list, remove, prune lub pull)</translation>
    </message>
    <message>
        <source>%1 takes no runtime</source>
        <translation>%1 nie przyjmuje środowiska wykonawczego</translation>
    </message>
    <message>
        <source>%1 is a build image: Lambda publishes none to pull (SAM&apos;s build images are not Lambda&apos;s); build it with `bullpen images build %1`</source>
        <translation>%1 to obraz do budowania: Lambda nie publikuje takiego do pobrania (obrazy do budowania SAM nie są obrazami Lambdy); zbuduj go poleceniem `bullpen images build %1`</translation>
    </message>
    <message numerus="yes">
        <source>removed %n image(s)</source>
        <translation>
            <numerusform>usunięto %n obraz</numerusform>
            <numerusform>usunięto %n obrazy</numerusform>
            <numerusform>usunięto %n obrazów</numerusform>
        </translation>
    </message>
    <message>
        <source>built for runc; not imported into Docker (%1)</source>
        <translation>zbudowano dla runc; nie zaimportowano do Dockera (%1)</translation>
    </message>
    <message>
        <source>build, list and remove the runtime images (offline, from Debian)</source>
        <translation>buduj, wyświetlaj i usuwaj obrazy środowisk wykonawczych (offline, z Debiana)</translation>
    </message>
    <message>
        <source>Invoke a function of an AWS SAM project locally.</source>
        <translation>Wywołaj lokalnie funkcję projektu AWS SAM.</translation>
    </message>
    <message>
        <source>Invoke N times (default 1).</source>
        <translation>Wywołaj N razy (domyślnie 1).</translation>
    </message>
    <message>
        <source>At most C invocations in flight (default 1).</source>
        <translation>Najwyżej C wywołań w toku (domyślnie 1).</translation>
    </message>
    <message>
        <source>Seconds an idle instance stays warm (default 2700).</source>
        <translation>Liczba sekund, przez które bezczynna instancja pozostaje ciepła (domyślnie 2700).</translation>
    </message>
    <message>
        <source>A root file system folder for the containers (default: the host&apos;s).</source>
        <translation>Folder głównego systemu plików dla kontenerów (domyślnie: hosta).</translation>
    </message>
    <message>
        <source>Print one JSON object per invocation per line.</source>
        <translation>Wypisz jeden obiekt JSON na wywołanie w każdym wierszu.</translation>
    </message>
    <message>
        <source>Write the pool&apos;s event stream to FILE, one JSON object per line.</source>
        <translation>Zapisz strumień zdarzeń puli do FILE, jeden obiekt JSON na wiersz.</translation>
    </message>
    <message>
        <source>Run the code as it is: no build first, even when its inputs changed.</source>
        <translation>Uruchom kod w obecnej postaci: bez wcześniejszego budowania, nawet gdy zmieniły się jego wejścia.</translation>
    </message>
    <message>
        <source>--concurrency takes a whole number of at least 1</source>
        <translation>--concurrency przyjmuje liczbę całkowitą nie mniejszą niż 1</translation>
    </message>
    <message>
        <source>--keep-alive takes a number of seconds, 0 or more</source>
        <translation>--keep-alive przyjmuje liczbę sekund, 0 lub więcej</translation>
    </message>
    <message>
        <source>--backend is one of %1; got &apos;%2&apos;</source>
        <translation>--backend to jeden z: %1; otrzymano „%2”</translation>
    </message>
    <message>
        <source>cannot write the trace file %1: %2</source>
        <translation>nie można zapisać pliku śladu %1: %2</translation>
    </message>
    <message>
        <source>%1 could not run: %2</source>
        <translation>nie udało się uruchomić %1: %2</translation>
    </message>
    <message>
        <source>%1 refused the event: %2: %3</source>
        <translation>funkcja %1 odrzuciła zdarzenie: %2: %3</translation>
    </message>
    <message>
        <source>stopping (signal %1); removing every instance</source>
        <translation>zatrzymywanie (sygnał %1); usuwanie wszystkich instancji</translation>
    </message>
    <message>
        <source>Invoke a function of a SAM project locally</source>
        <translation>Wywołaj lokalnie funkcję projektu SAM</translation>
    </message>
    <message>
        <source>The lessons: &apos;list&apos; names them; &apos;run NAME&apos; plays one through the engine (real containers) and reports each step&apos;s checks, decided on what actually happened. The lesson&apos;s project is the copy in the data folder (made on first use; edit it and run again), or --project.</source>
        <translation>Lekcje: „list” je wymienia; „run NAME” przeprowadza jedną przez silnik (prawdziwe kontenery) i raportuje sprawdzenia każdego kroku, rozstrzygane według tego, co naprawdę się stało. Projekt lekcji to kopia w folderze danych (tworzona przy pierwszym użyciu; edytuj ją i uruchom ponownie) lub --project.</translation>
    </message>
    <message>
        <source>list or run</source>
        <translation>list lub run</translation>
    </message>
    <message>
        <source>The lesson (for run).</source>
        <translation>Lekcja (dla run).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Wypisz wynik jako JSON.</translation>
    </message>
    <message>
        <source>The texts&apos; language (default: the system&apos;s; en, de, pl).</source>
        <translation>Język tekstów (domyślnie: systemowy; en, de, pl).</translation>
    </message>
    <message>
        <source>Run the lesson on this project folder instead of the data folder&apos;s copy.</source>
        <translation>Uruchom lekcję na tym folderze projektu zamiast na kopii w folderze danych.</translation>
    </message>
    <message>
        <source>Replace the data folder&apos;s copy with the lesson&apos;s original first.</source>
        <translation>Najpierw zastąp kopię w folderze danych oryginałem lekcji.</translation>
    </message>
    <message>
        <source>list takes no lesson name</source>
        <translation>list nie przyjmuje nazwy lekcji</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 (%n steps)</source>
        <translation>
            <numerusform>%1  %2 (%n krok)</numerusform>
            <numerusform>%1  %2 (%n kroki)</numerusform>
            <numerusform>%1  %2 (%n kroków)</numerusform>
        </translation>
    </message>
    <message>
        <source>say list or run NAME</source>
        <translation>podaj list lub run NAME</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: say list or run NAME</source>
        <translation>nieznana akcja „%1”: podaj list lub run NAME</translation>
    </message>
    <message>
        <source>run takes one lesson name; the lessons are: %1</source>
        <translation>run przyjmuje jedną nazwę lekcji; lekcje to: %1</translation>
    </message>
    <message>
        <source>%1 has no template.yaml</source>
        <translation>%1 nie ma pliku template.yaml</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>
Step %1/%2: %3</source>
        <translation>
Krok %1/%2: %3</translation>
    </message>
    <message>
        <source>  ERROR %1</source>
        <translation>  BŁĄD %1</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>BŁĄD</translation>
    </message>
    <message>
        <source>  Notice: </source>
        <translation>  Zwróć uwagę: </translation>
    </message>
    <message>
        <source>
Every check passed.</source>
        <translation>
Wszystkie sprawdzenia zaliczone.</translation>
    </message>
    <message>
        <source>
Some checks failed (see FAIL above).</source>
        <translation>
Niektóre sprawdzenia nie powiodły się (zobacz BŁĄD powyżej).</translation>
    </message>
    <message>
        <source>List the lessons, or run one headless and report its checks</source>
        <translation>Wyświetl lekcje lub uruchom jedną bez okna i zgłoś jej sprawdzenia</translation>
    </message>
    <message>
        <source>--%1 takes a number of at least %2; got &apos;%3&apos;</source>
        <translation>--%1 przyjmuje liczbę nie mniejszą niż %2; otrzymano „%3”</translation>
    </message>
    <message>
        <source>Drive functions of an AWS SAM project open-loop: calls arrive by a shape (per POOL second) or by a recorded trace, whatever the calls before them are doing. Prints the summary: requests, cold starts, latency percentiles (cold and warm apart), throttles, errors, peak instances, GB-seconds and cost.</source>
        <translation>Obciążaj funkcje projektu AWS SAM w pętli otwartej: wywołania przychodzą według kształtu (na sekundę PULI) lub według nagranego śladu, niezależnie od tego, co robią wcześniejsze wywołania. Wypisuje podsumowanie: żądania, zimne starty, percentyle opóźnień (osobno zimne i ciepłe), dławienia, błędy, szczytową liczbę instancji, GB-sekundy i koszt.</translation>
    </message>
    <message>
        <source>Logical ids of the functions (a shape calls the first; an Azure trace maps onto all of them; default: the template&apos;s).</source>
        <translation>Logiczne identyfikatory funkcji (kształt wywołuje pierwszą; ślad Azure rozkłada się na wszystkie; domyślnie: z szablonu).</translation>
    </message>
    <message>
        <source>The arrival process: </source>
        <translation>Proces napływu: </translation>
    </message>
    <message>
        <source>Pool seconds of load (default 10 for a shape; a trace&apos;s own length).</source>
        <translation>Sekundy obciążenia w czasie puli (domyślnie 10 dla kształtu; dla śladu jego własna długość).</translation>
    </message>
    <message>
        <source>Poisson arrivals that follow the shape&apos;s rate.</source>
        <translation>Napływ Poissona zgodny z tempem kształtu.</translation>
    </message>
    <message>
        <source>The Poisson generator&apos;s seed (default 1).</source>
        <translation>Ziarno generatora Poissona (domyślnie 1).</translation>
    </message>
    <message>
        <source>Pool clock speed (default 1). Above 1 compresses arrivals and keep-alive; handlers still take real time, so the result is not a real-time one.</source>
        <translation>Szybkość zegara puli (domyślnie 1). Powyżej 1 kompresuje napływ i podtrzymanie; handlery nadal zajmują czas rzeczywisty, więc wynik nie jest wynikiem w czasie rzeczywistym.</translation>
    </message>
    <message>
        <source>Calls in flight at most; later ones wait and are counted as queued (default 0: none).</source>
        <translation>Najwięcej wywołań w toku; późniejsze czekają i są liczone jako w kolejce (domyślnie 0: bez limitu).</translation>
    </message>
    <message>
        <source>Replay a CSV of &apos;offset_ms,function&apos; lines.</source>
        <translation>Odtwórz plik CSV z wierszami &apos;offset_ms,function&apos;.</translation>
    </message>
    <message>
        <source>Replay an Azure Functions 2019 per-minute count file (its functions onto the FUNCTIONs round-robin, or by --azure-map).</source>
        <translation>Odtwórz plik liczników minutowych Azure Functions 2019 (jego funkcje przypisane do FUNCTION po kolei lub według --azure-map).</translation>
    </message>
    <message>
        <source>&apos;HashFunction,FUNCTION&apos; lines for --azure.</source>
        <translation>Wiersze &apos;HashFunction,FUNCTION&apos; dla --azure.</translation>
    </message>
    <message>
        <source>The event every call sends: a JSON file (default {}).</source>
        <translation>Zdarzenie wysyłane przez każde wywołanie: plik JSON (domyślnie {}).</translation>
    </message>
    <message>
        <source>Pool seconds an idle instance stays warm (default 2700).</source>
        <translation>Sekundy czasu puli, przez które bezczynna instancja pozostaje ciepła (domyślnie 2700).</translation>
    </message>
    <message>
        <source>A root file system folder for the containers.</source>
        <translation>Folder głównego systemu plików dla kontenerów.</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Wypisz podsumowanie jako JSON.</translation>
    </message>
    <message>
        <source>Write one line per call (arrival, outcome, cold, latency, ...) to FILE.</source>
        <translation>Zapisz jeden wiersz na wywołanie (napływ, wynik, zimny, opóźnienie, …) do FILE.</translation>
    </message>
    <message>
        <source>give exactly one of --shape, --trace-csv or --azure</source>
        <translation>podaj dokładnie jedno z --shape, --trace-csv lub --azure</translation>
    </message>
    <message>
        <source>--azure-map goes with --azure</source>
        <translation>--azure-map idzie w parze z --azure</translation>
    </message>
    <message>
        <source>--max-concurrency takes a whole number</source>
        <translation>--max-concurrency przyjmuje liczbę całkowitą</translation>
    </message>
    <message>
        <source>--poisson goes with --shape (a trace has its own arrivals)</source>
        <translation>--poisson idzie w parze z --shape (ślad ma własny napływ)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n functions; name the one to load: %2</source>
        <translation>
            <numerusform>%1 ma %n funkcję; wskaż tę do obciążenia: %2</numerusform>
            <numerusform>%1 ma %n funkcje; wskaż tę do obciążenia: %2</numerusform>
            <numerusform>%1 ma %n funkcji; wskaż tę do obciążenia: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2 s</source>
        <translation>%1 przez %2 s</translation>
    </message>
    <message>
        <source>the trace calls &apos;%1&apos;, which %2 does not have; its functions are: %3</source>
        <translation>ślad wywołuje „%1”, której %2 nie ma; jego funkcje to: %3</translation>
    </message>
    <message>
        <source>trace %1</source>
        <translation>ślad %1</translation>
    </message>
    <message>
        <source>Azure trace %1</source>
        <translation>ślad Azure %1</translation>
    </message>
    <message>
        <source>the load has no arrivals (a rate of 0, or too short)</source>
        <translation>obciążenie nie ma napływu (tempo 0 lub zbyt krótkie)</translation>
    </message>
    <message>
        <source>the event in %1 is not valid JSON: line %2, column %3: %4</source>
        <translation>zdarzenie w %1 nie jest poprawnym JSON-em: wiersz %2, kolumna %3: %4</translation>
    </message>
    <message>
        <source>the build of %1 failed: %2</source>
        <translation>budowanie %1 nie powiodło się: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n arrivals over %1 pool s (%2) on %3</source>
        <translation>
            <numerusform>%n wywołanie w ciągu %1 s puli (%2) na %3</numerusform>
            <numerusform>%n wywołania w ciągu %1 s puli (%2) na %3</numerusform>
            <numerusform>%n wywołań w ciągu %1 s puli (%2) na %3</numerusform>
        </translation>
    </message>
    <message>
        <source>the pool clock runs %1x: this is not a real-time result</source>
        <translation>zegar puli działa %1×: to nie jest wynik w czasie rzeczywistym</translation>
    </message>
    <message>
        <source>stopping (signal %1); the calls in flight finish</source>
        <translation>zatrzymywanie (sygnał %1); wywołania w toku zostaną dokończone</translation>
    </message>
    <message>
        <source>no call reached an instance; the first said: %1</source>
        <translation>żadne wywołanie nie dotarło do instancji; pierwsze zgłosiło: %1</translation>
    </message>
    <message>
        <source>Drive functions open-loop with an arrival process or a trace</source>
        <translation>Obciążaj funkcje w pętli otwartej procesem napływu lub śladem</translation>
    </message>
    <message>
        <source>A synthetic day of N functions from the paper&apos;s distributions (default 1000).</source>
        <translation>Syntetyczny dzień N funkcji z rozkładów z publikacji (domyślnie 1000).</translation>
    </message>
    <message>
        <source>How many days the synthetic trace lasts (default 1).</source>
        <translation>Ile dni trwa syntetyczny ślad (domyślnie 1).</translation>
    </message>
    <message>
        <source>A CSV of &apos;offset_ms,function&apos; lines.</source>
        <translation>Plik CSV z wierszami &apos;offset_ms,function&apos;.</translation>
    </message>
    <message>
        <source>An Azure Functions 2019 per-minute count file (each of its functions modelled on its own).</source>
        <translation>Plik liczników minutowych Azure Functions 2019 (każda z jego funkcji modelowana osobno).</translation>
    </message>
    <message>
        <source>Execution time of a trace&apos;s calls (default 100).</source>
        <translation>Czas wykonania wywołań śladu (domyślnie 100).</translation>
    </message>
    <message>
        <source>Memory of a trace&apos;s functions in MB (default 128).</source>
        <translation>Pamięć funkcji śladu w MB (domyślnie 128).</translation>
    </message>
    <message>
        <source>Also write the trace as &apos;offset_ms,function&apos; CSV.</source>
        <translation>Zapisz też ślad jako CSV &apos;offset_ms,function&apos;.</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>Wypisz wyniki jako JSON.</translation>
    </message>
    <message>
        <source>application: one container per function serving every call, as the paper simulates (default); instance: one call per instance, scaling out, as Lambda and Bullpen&apos;s pool do.</source>
        <translation>application: jeden kontener na funkcję obsługuje każde wywołanie, jak w symulacji z publikacji (domyślnie); instance: jedno wywołanie na instancję, ze skalowaniem wszerz, jak w Lambdzie i puli Bullpen.</translation>
    </message>
    <message>
        <source>--containers takes &apos;application&apos; or &apos;instance&apos;, not &apos;%1&apos;</source>
        <translation>--containers przyjmuje &apos;application&apos; lub &apos;instance&apos;, a nie „%1”</translation>
    </message>
    <message>
        <source>give at most one of --synthetic, --trace-csv or --azure</source>
        <translation>podaj najwyżej jedno z --synthetic, --trace-csv lub --azure</translation>
    </message>
    <message>
        <source>--days applies to the synthetic trace only, not to --trace-csv or --azure</source>
        <translation>--days dotyczy tylko syntetycznego śladu, nie --trace-csv ani --azure</translation>
    </message>
    <message>
        <source>--synthetic takes a number of functions, 1 or more</source>
        <translation>--synthetic przyjmuje liczbę funkcji, 1 lub więcej</translation>
    </message>
    <message>
        <source>--days takes a whole number of days from 1 to 28, not &apos;%1&apos;</source>
        <translation>--days przyjmuje całkowitą liczbę dni od 1 do 28, a nie „%1”</translation>
    </message>
    <message numerus="yes">
        <source>synthetic day, %n functions (seed %1)</source>
        <translation>
            <numerusform>syntetyczny dzień, %n funkcja (ziarno %1)</numerusform>
            <numerusform>syntetyczny dzień, %n funkcje (ziarno %1)</numerusform>
            <numerusform>syntetyczny dzień, %n funkcji (ziarno %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>synthetic %1 days, %n functions (seed %2)</source>
        <translation>
            <numerusform>syntetyczne dni: %1, %n funkcja (ziarno %2)</numerusform>
            <numerusform>syntetyczne dni: %1, %n funkcje (ziarno %2)</numerusform>
            <numerusform>syntetyczne dni: %1, %n funkcji (ziarno %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Trace: %1: %2, %3 over %4 h (made in %5 s); containers %6</source>
        <translation>Ślad: %1: %2, %3 w ciągu %4 h (utworzony w %5 s); kontenery %6</translation>
    </message>
    <message numerus="yes">
        <source>%n functions</source>
        <translation>
            <numerusform>%n funkcja</numerusform>
            <numerusform>%n funkcje</numerusform>
            <numerusform>%n funkcji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calls</source>
        <translation>
            <numerusform>%n wywołanie</numerusform>
            <numerusform>%n wywołania</numerusform>
            <numerusform>%n wywołań</numerusform>
        </translation>
    </message>
    <message>
        <source>policy</source>
        <translation>strategia</translation>
    </message>
    <message>
        <source>cold %</source>
        <translation>zimne %</translation>
    </message>
    <message>
        <source>p75 fn cold %</source>
        <translation>p75 fun. zimne %</translation>
    </message>
    <message>
        <source>wasted GB-s</source>
        <translation>zmarn. GB-s</translation>
    </message>
    <message>
        <source>vs fixed 10</source>
        <translation>wzgl. stałej 10</translation>
    </message>
    <message numerus="yes">
        <source>Model: %n policies in %1 s (%2 s per policy)</source>
        <translation>
            <numerusform>Model: %n strategia w %1 s (%2 s na strategię)</numerusform>
            <numerusform>Model: %n strategie w %1 s (%2 s na strategię)</numerusform>
            <numerusform>Model: %n strategii w %1 s (%2 s na strategię)</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare keep-alive policies on a trace through the pool&apos;s model</source>
        <translation>Porównaj strategie podtrzymania na śladzie przez model puli</translation>
    </message>
    <message>
        <source>Usage: bullpen [FILE]            open the Bullpen window (bullpen-gui)
       bullpen COMMAND [ARGS]    run a command without a window

Commands:
</source>
        <translation>Użycie: bullpen [FILE]            otwórz okno Bullpen (bullpen-gui)
        bullpen COMMAND [ARGS]    uruchom polecenie bez okna

Polecenia:
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
Opcje:
  -h, --help    Wyświetla tę pomoc.
  --version     Wyświetla informacje o wersji.

Uruchom &apos;bullpen COMMAND --help&apos;, aby zobaczyć opcje polecenia.
</translation>
    </message>
    <message>
        <source>Report what differs for a function between the local pool (the Lambda-shaped sandbox) and a deployment target, from a probe run beside the function in both.</source>
        <translation>Zgłoś, co różni się dla funkcji między lokalną pulą (piaskownicą w kształcie Lambdy) a celem wdrożenia, na podstawie sondy uruchomionej obok funkcji w obu miejscach.</translation>
    </message>
    <message>
        <source>The target, by its name in bullpen-targets.yaml.</source>
        <translation>Cel, według nazwy w bullpen-targets.yaml.</translation>
    </message>
    <message>
        <source>Markdown (the default).</source>
        <translation>Markdown (domyślnie).</translation>
    </message>
    <message>
        <source>An HTML page.</source>
        <translation>Strona HTML.</translation>
    </message>
    <message>
        <source>JSON: the items and both probes&apos; answers.</source>
        <translation>JSON: pozycje i odpowiedzi obu sond.</translation>
    </message>
    <message>
        <source>Write the report to FILE (default standard output).</source>
        <translation>Zapisz raport do FILE (domyślnie standardowe wyjście).</translation>
    </message>
    <message>
        <source>The local pool&apos;s backend: one of %1 (default %2).</source>
        <translation>Backend lokalnej puli: jeden z: %1 (domyślnie %2).</translation>
    </message>
    <message>
        <source>one of --markdown, --html or --json</source>
        <translation>jedno z --markdown, --html lub --json</translation>
    </message>
    <message>
        <source>name the target to compare with: --target NAME (bullpen targets list)</source>
        <translation>wskaż cel do porównania: --target NAME (bullpen targets list)</translation>
    </message>
    <message>
        <source>%1 has no target &apos;%2&apos;; its targets are: %3</source>
        <translation>%1 nie ma celu „%2”; jego cele to: %3</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>zapisano %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n difference(s) between the local pool and %2 (%3 in what the code names)</source>
        <translation>
            <numerusform>%1: %n różnica między lokalną pulą a %2 (%3 w tym, co wskazuje kod)</numerusform>
            <numerusform>%1: %n różnice między lokalną pulą a %2 (%3 w tym, co wskazuje kod)</numerusform>
            <numerusform>%1: %n różnic między lokalną pulą a %2 (%3 w tym, co wskazuje kod)</numerusform>
        </translation>
    </message>
    <message>
        <source>Report what differs for a function between the local pool and a target</source>
        <translation>Zgłoś, co różni się dla funkcji między lokalną pulą a celem</translation>
    </message>
    <message>
        <source>Serve the functions of an AWS SAM project through Lambda&apos;s Invoke API, for the AWS CLI and SDKs (--endpoint-url), until Ctrl+C.</source>
        <translation>Udostępniaj funkcje projektu AWS SAM przez Invoke API Lambdy dla AWS CLI i SDK (--endpoint-url), aż do Ctrl+C.</translation>
    </message>
    <message>
        <source>The address to listen on (default 127.0.0.1). Any other than loopback lets other machines invoke your functions.</source>
        <translation>Adres nasłuchiwania (domyślnie 127.0.0.1). Każdy inny niż pętla zwrotna pozwala innym maszynom wywoływać Twoje funkcje.</translation>
    </message>
    <message>
        <source>The Lambda Invoke API&apos;s port (default 3001, as SAM&apos;s; 0 picks a free port).</source>
        <translation>Port Lambda Invoke API (domyślnie 3001, jak w SAM; 0 wybiera wolny port).</translation>
    </message>
    <message>
        <source>The API Gateway emulation&apos;s port (default 3000, as SAM&apos;s; 0 picks a free port).</source>
        <translation>Port emulacji API Gateway (domyślnie 3000, jak w SAM; 0 wybiera wolny port).</translation>
    </message>
    <message>
        <source>Serve the code as it is: no build first, even when its inputs changed.</source>
        <translation>Udostępniaj kod w obecnej postaci: bez wcześniejszego budowania, nawet gdy zmieniły się jego wejścia.</translation>
    </message>
    <message>
        <source>Require requests signed (SigV4) with this AWS profile&apos;s keys, from ~/.aws/credentials or ~/.aws/config; wrong, expired and missing signatures are refused as AWS refuses them. Off by default: any credentials are taken, as SAM does.</source>
        <translation>Wymagaj żądań podpisanych (SigV4) kluczami tego profilu AWS z ~/.aws/credentials lub ~/.aws/config; błędne, wygasłe i brakujące podpisy są odrzucane tak, jak odrzuca je AWS. Domyślnie wyłączone: przyjmowane są dowolne poświadczenia, jak w SAM.</translation>
    </message>
    <message>
        <source>The AWS Region the functions&apos; ARNs and AWS_REGION name (default: AWS_REGION, AWS_DEFAULT_REGION or the profile&apos;s region, as the AWS CLI reads them; else %1, as SAM&apos;s).</source>
        <translation>Region AWS wskazywany przez ARN funkcji i AWS_REGION (domyślnie: AWS_REGION, AWS_DEFAULT_REGION lub region profilu, tak jak odczytuje je AWS CLI; w przeciwnym razie %1, jak w SAM).</translation>
    </message>
    <message>
        <source>The 12-digit account id in the functions&apos; ARNs (default %1, as SAM&apos;s).</source>
        <translation>12-cyfrowy identyfikator konta w ARN funkcji (domyślnie %1, jak w SAM).</translation>
    </message>
    <message>
        <source>takes no arguments besides options, got: </source>
        <translation>nie przyjmuje argumentów poza opcjami, otrzymano: </translation>
    </message>
    <message>
        <source>--lambda-port takes a port number from 0 to 65535; got &apos;%1&apos;</source>
        <translation>--lambda-port przyjmuje numer portu od 0 do 65535; otrzymano „%1”</translation>
    </message>
    <message>
        <source>--api-port takes a port number from 0 to 65535; got &apos;%1&apos;</source>
        <translation>--api-port przyjmuje numer portu od 0 do 65535; otrzymano „%1”</translation>
    </message>
    <message>
        <source>--host takes an IP address (127.0.0.1, ::1, 0.0.0.0, ...); got &apos;%1&apos;</source>
        <translation>--host przyjmuje adres IP (127.0.0.1, ::1, 0.0.0.0, …); otrzymano „%1”</translation>
    </message>
    <message>
        <source>--region takes an AWS Region name such as us-east-1 or eu-central-1; got &apos;%1&apos;%2</source>
        <translation>--region przyjmuje nazwę regionu AWS, np. us-east-1 lub eu-central-1; otrzymano „%1”%2</translation>
    </message>
    <message>
        <source> (from the AWS configuration)</source>
        <translation> (z konfiguracji AWS)</translation>
    </message>
    <message>
        <source>--account-id takes 12 digits (an AWS account id); got &apos;%1&apos;</source>
        <translation>--account-id przyjmuje 12 cyfr (identyfikator konta AWS); otrzymano „%1”</translation>
    </message>
    <message>
        <source>%1 has no functions to serve</source>
        <translation>%1 nie ma funkcji do udostępnienia</translation>
    </message>
    <message>
        <source>%1. Choose other ports with --lambda-port and --api-port (0 picks a free one).</source>
        <translation>%1. Wybierz inne porty przez --lambda-port i --api-port (0 wybiera wolny).</translation>
    </message>
    <message>
        <source>SigV4 required: requests must be signed with the keys of profile %1</source>
        <translation>Wymagany SigV4: żądania muszą być podpisane kluczami profilu %1</translation>
    </message>
    <message>
        <source>warning: %1 is not a loopback address: anyone who can reach this machine on port %2 with the profile&apos;s keys can invoke these functions.</source>
        <translation>ostrzeżenie: %1 nie jest adresem pętli zwrotnej: każdy, kto dosięgnie tej maszyny na porcie %2 z kluczami profilu, może wywołać te funkcje.</translation>
    </message>
    <message>
        <source>warning: %1 is not a loopback address: anyone who can reach this machine on port %2 can invoke these functions, with no signature check.</source>
        <translation>ostrzeżenie: %1 nie jest adresem pętli zwrotnej: każdy, kto dosięgnie tej maszyny na porcie %2, może wywołać te funkcje bez sprawdzania podpisu.</translation>
    </message>
    <message>
        <source>serving %1 with the %2 backend: %3 (region %4, account %5)</source>
        <translation>udostępnianie %1 z backendem %2: %3 (region %4, konto %5)</translation>
    </message>
    <message>
        <source>try: aws lambda invoke --endpoint-url %1 --function-name %2 out.json; Ctrl+C stops.</source>
        <translation>spróbuj: aws lambda invoke --endpoint-url %1 --function-name %2 out.json; Ctrl+C zatrzymuje.</translation>
    </message>
    <message>
        <source>warning: %1; no schedule or keep-warm fires</source>
        <translation>ostrzeżenie: %1; żaden harmonogram ani podgrzewanie nie zostanie uruchomione</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>ostrzeżenie: %1: %2</translation>
    </message>
    <message>
        <source>keep-warm (%1)</source>
        <translation>podgrzewanie (%1)</translation>
    </message>
    <message>
        <source>%1 fires on schedule: %2</source>
        <translation>%1 uruchamiana według harmonogramu: %2</translation>
    </message>
    <message>
        <source>route %1</source>
        <translation>trasa %1</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>ostrzeżenie: </translation>
    </message>
    <message>
        <source>the engine took over 10 s to stop; exiting anyway</source>
        <translation>zatrzymanie silnika trwało ponad 10 s; kończenie mimo to</translation>
    </message>
    <message>
        <source>Serve the functions through Lambda&apos;s Invoke API (aws --endpoint-url)</source>
        <translation>Udostępniaj funkcje przez Invoke API Lambdy (aws --endpoint-url)</translation>
    </message>
    <message>
        <source>backend %1</source>
        <translation>backend %1</translation>
    </message>
    <message>
        <source>(the configured one)</source>
        <translation>(skonfigurowany)</translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n replika</numerusform>
            <numerusform>%n repliki</numerusform>
            <numerusform>%n replik</numerusform>
        </translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>port %1</translation>
    </message>
    <message>
        <source>SigV4 with profile %1</source>
        <translation>SigV4 z profilem %1</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(domyślny)</translation>
    </message>
    <message>
        <source>qualifier %1</source>
        <translation>kwalifikator %1</translation>
    </message>
    <message>
        <source>the template has no function &apos;%1&apos; (it has: %2)</source>
        <translation>szablon nie ma funkcji „%1” (ma: %2)</translation>
    </message>
    <message>
        <source>Targets of %1:</source>
        <translation>Cele %1:</translation>
    </message>
    <message>
        <source>  (not probed: Bullpen did not deploy it)</source>
        <translation>  (nie sondowano: Bullpen go nie wdrożył)</translation>
    </message>
    <message>
        <source>failed: </source>
        <translation>niepowodzenie: </translation>
    </message>
    <message>
        <source>The project&apos;s deployment targets (bullpen-targets.yaml beside the template):
  list                       the targets and their settings
  check [NAME...]            each target&apos;s health: ready, down with the reason, not deployed
  up [NAME...]               deploy the functions (build the image, start the container or service)
  down [NAME...]             remove what Bullpen made there (containers, services)
  invoke NAME FUNCTION       send one event to one target</source>
        <translation>Cele wdrożenia projektu (bullpen-targets.yaml obok szablonu):
  list                       cele i ich ustawienia
  check [NAME...]            stan każdego celu: gotowy, niedostępny z powodem, niewdrożony
  up [NAME...]               wdróż funkcje (zbuduj obraz, uruchom kontener lub usługę)
  down [NAME...]             usuń to, co Bullpen tam utworzył (kontenery, usługi)
  invoke NAME FUNCTION       wyślij jedno zdarzenie do jednego celu</translation>
    </message>
    <message>
        <source>list, check, up, down or invoke</source>
        <translation>list, check, up, down lub invoke</translation>
    </message>
    <message>
        <source>Only this function (by logical id); repeatable. Default: every function.</source>
        <translation>Tylko ta funkcja (według logicznego identyfikatora); można powtarzać. Domyślnie: każda funkcja.</translation>
    </message>
    <message>
        <source>Print JSON (list, check, invoke).</source>
        <translation>Wypisz JSON (list, check, invoke).</translation>
    </message>
    <message>
        <source>up: where the Docker daemon is in no swarm, create a single-node one (listening on 127.0.0.1 only).</source>
        <translation>up: gdy demon Dockera nie należy do żadnego swarmu, utwórz jednowęzłowy (nasłuchujący tylko na 127.0.0.1).</translation>
    </message>
    <message>
        <source>down: afterwards, leave the swarm if Bullpen created it and nothing else runs there.</source>
        <translation>down: następnie opuść swarm, jeśli utworzył go Bullpen i nic innego w nim nie działa.</translation>
    </message>
    <message>
        <source>up, invoke: use the code as it is, without a build.</source>
        <translation>up, invoke: użyj kodu w obecnej postaci, bez budowania.</translation>
    </message>
    <message>
        <source>The local pool&apos;s backend where its target names none: one of %1 (default %2).</source>
        <translation>Backend lokalnej puli, gdy jej cel żadnego nie wskazuje: jeden z: %1 (domyślnie %2).</translation>
    </message>
    <message>
        <source>invoke: the event, a JSON file (default {}).</source>
        <translation>invoke: zdarzenie, plik JSON (domyślnie {}).</translation>
    </message>
    <message>
        <source>invoke: the event as JSON text.</source>
        <translation>invoke: zdarzenie jako tekst JSON.</translation>
    </message>
    <message>
        <source>name an action: list, check, up, down or invoke (see --help)</source>
        <translation>wskaż akcję: list, check, up, down lub invoke (zobacz --help)</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: list, check, up, down or invoke</source>
        <translation>nieznana akcja „%1”: list, check, up, down lub invoke</translation>
    </message>
    <message>
        <source>give the event with --event or --payload, not both</source>
        <translation>podaj zdarzenie przez --event lub --payload, nie oba</translation>
    </message>
    <message>
        <source>cannot read the event %1: %2</source>
        <translation>nie można odczytać zdarzenia %1: %2</translation>
    </message>
    <message>
        <source>the event is not JSON: %1</source>
        <translation>zdarzenie nie jest JSON-em: %1</translation>
    </message>
    <message>
        <source>invoke takes a target and a function: bullpen targets invoke NAME FUNCTION</source>
        <translation>invoke przyjmuje cel i funkcję: bullpen targets invoke NAME FUNCTION</translation>
    </message>
    <message>
        <source>no target &apos;%1&apos; in %2 (it has: %3)</source>
        <translation>brak celu „%1” w %2 (ma: %3)</translation>
    </message>
    <message>
        <source>Deployment targets: list, check, up, down, invoke (bullpen-targets.yaml)</source>
        <translation>Cele wdrożenia: list, check, up, down, invoke (bullpen-targets.yaml)</translation>
    </message>
    <message>
        <source>bullpen: cannot start the window, %1: %2
The window is a separate program (package bullpen); the command line works without it:
run &apos;bullpen --help&apos; for its commands.
</source>
        <translation>bullpen: nie można uruchomić okna, %1: %2
Okno to osobny program (pakiet bullpen); wiersz poleceń działa bez niego:
uruchom &apos;bullpen --help&apos;, aby zobaczyć jego polecenia.
</translation>
    </message>
    <message>
        <source>bullpen: unknown command &apos;%1&apos;

</source>
        <translation>bullpen: nieznane polecenie „%1”

</translation>
    </message>
    <message>
        <source>stopped at once (signal %1): what it deployed may remain (bullpen targets down)</source>
        <translation>zatrzymano natychmiast (sygnał %1): to, co wdrożono, może pozostać (bullpen targets down)</translation>
    </message>
    <message>
        <source>Replay a trace through the warm pool&apos;s model (no containers) under keep-alive policies: none, fixed 1, 5, 10, 20, 45, 60 and 120 minutes, and the hybrid histogram policy of Shahrad et al. (USENIX ATC 2020) with the histogram ranges its Fig. 15 compares (2, 3 and 4 hours). Prints each policy&apos;s cold starts and wasted memory (idle warm instance time x memory), normalised to fixed 10 minutes.</source>
        <translation>Odtwarza ślad w modelu ciepłej puli (bez kontenerów) przy strategiach podtrzymania: brak, stałe 1, 5, 10, 20, 45, 60 i 120 minut oraz hybrydowa strategia histogramowa Shahrad i in. (USENIX ATC 2020) z zakresami histogramu porównywanymi na jej rys. 15 (2, 3 i 4 godziny). Wypisuje zimne starty każdej strategii i zmarnowaną pamięć (czas bezczynności ciepłych instancji × pamięć) względem stałych 10 minut.</translation>
    </message>
    <message>
        <source>Days of the same applications&apos; calls before the synthetic trace: the policies learn from them, only the trace&apos;s own calls and idle time count (default 0).</source>
        <translation>Dni wywołań tych samych aplikacji przed śladem syntetycznym: strategie uczą się na nich, liczą się tylko wywołania i czas bezczynności samego śladu (domyślnie 0).</translation>
    </message>
    <message>
        <source>--warm-up applies to the synthetic trace only, not to --trace-csv or --azure</source>
        <translation>--warm-up dotyczy tylko śladu syntetycznego, nie --trace-csv ani --azure</translation>
    </message>
    <message>
        <source>--warm-up takes a whole number of days from 0 to 14, not &apos;%1&apos;</source>
        <translation>--warm-up przyjmuje całkowitą liczbę dni od 0 do 14, a nie „%1”</translation>
    </message>
    <message numerus="yes">
        <source>, after %n day(s) of warm-up</source>
        <translation>
            <numerusform>, po %n dniu rozgrzewki</numerusform>
            <numerusform>, po %n dniach rozgrzewki</numerusform>
            <numerusform>, po %n dniach rozgrzewki</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped at once (signal %1): the probe&apos;s container or service may remain (labelled io.bullpen.target=%2)</source>
        <translation>zatrzymano natychmiast (sygnał %1): kontener lub usługa sondy mogą pozostać (etykieta io.bullpen.target=%2)</translation>
    </message>
    <message>
        <source>stopping (signal %1); removing the probe&apos;s deployment</source>
        <translation>zatrzymywanie (sygnał %1); usuwanie wdrożenia sondy</translation>
    </message>
    <message>
        <source>The functions&apos; MemorySize in MB (default 512); their CPU share follows it, as on Lambda.</source>
        <translation>MemorySize funkcji w MB (domyślnie 512); ich udział w CPU wynika z niej, jak w Lambdzie.</translation>
    </message>
    <message>
        <source>NOT SHOWN HERE</source>
        <translation>NIE POKAZANO TUTAJ</translation>
    </message>
    <message numerus="yes">
        <source>
Every check passed that this machine can show; %n could not be shown here (see NOT SHOWN HERE above).</source>
        <translation>
            <numerusform>
Przeszły wszystkie sprawdzenia, które ta maszyna może pokazać; %n nie dało się tu pokazać (zob. NIE POKAZANO TUTAJ wyżej).</numerusform>
            <numerusform>
Przeszły wszystkie sprawdzenia, które ta maszyna może pokazać; %n nie dały się tu pokazać (zob. NIE POKAZANO TUTAJ wyżej).</numerusform>
            <numerusform>
Przeszły wszystkie sprawdzenia, które ta maszyna może pokazać; %n nie dało się tu pokazać (zob. NIE POKAZANO TUTAJ wyżej).</numerusform>
        </translation>
    </message>
    <message>
        <source>The version to invoke: the function&apos;s AutoPublishAlias, 1 (the version the alias runs) or $LATEST (default: the alias when the function has one, as the window invokes it, else $LATEST). SnapStart applies to the alias and version 1 only.</source>
        <translation>Wersja do wywołania: AutoPublishAlias funkcji, 1 (wersja, którą uruchamia alias) lub $LATEST (domyślnie: alias, gdy funkcja go ma, tak jak wywołuje ją okno, w przeciwnym razie $LATEST). SnapStart dotyczy tylko aliasu i wersji 1.</translation>
    </message>
    <message>
        <source>For teaching: SnapStart on every invocation, $LATEST included, with or without the template&apos;s SnapStart (Lambda applies it to published versions only).</source>
        <translation>Do nauki: SnapStart przy każdym wywołaniu, także $LATEST, z SnapStart w szablonie lub bez (Lambda stosuje go tylko do opublikowanych wersji).</translation>
    </message>
    <message>
        <source>%1 has no version &apos;%2&apos;: it has only $LATEST (no AutoPublishAlias)</source>
        <translation>%1 nie ma wersji „%2”: ma tylko $LATEST (brak AutoPublishAlias)</translation>
    </message>
    <message>
        <source>%1 has no version &apos;%2&apos;: it has $LATEST, its alias %3 and version 1, which the alias runs</source>
        <translation>%1 nie ma wersji „%2”: ma $LATEST, swój alias %3 i wersję 1, którą uruchamia alias</translation>
    </message>
</context>
<context>
    <name>Bullpen::CodeEditor</name>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>Nie można otworzyć „%1”: %2</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Nie można odczytać „%1”: %2</translation>
    </message>
    <message>
        <source>Could not open “%1”: it is not UTF-8 text.</source>
        <translation>Nie można otworzyć „%1”: to nie jest tekst UTF-8.</translation>
    </message>
    <message>
        <source>“%1” has no file name yet; use Save As.</source>
        <translation>„%1” nie ma jeszcze nazwy pliku; użyj „Zapisz jako”.</translation>
    </message>
    <message>
        <source>Could not save: no file name was given.</source>
        <translation>Nie można zapisać: nie podano nazwy pliku.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>Nie można zapisać „%1”: %2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Bez nazwy</translation>
    </message>
    <message>
        <source>&amp;Syntax</source>
        <translation>&amp;Składnia</translation>
    </message>
    <message>
        <source>Plain Text</source>
        <translation>Zwykły tekst</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Motyw</translation>
    </message>
    <message>
        <source>&amp;Automatic (follow the system colours)</source>
        <translation>&amp;Automatycznie (według kolorów systemu)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Znajdź…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>Za&amp;mień…</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>Prze&amp;jdź do wiersza…</translation>
    </message>
    <message>
        <source>Toggle &amp;Comment</source>
        <translation>Przełącz k&amp;omentarz</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Zaznacz w&amp;szystko</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Przejdź do wiersza</translation>
    </message>
    <message>
        <source>Line (1 – %1):</source>
        <translation>Wiersz (1 – %1):</translation>
    </message>
</context>
<context>
    <name>Bullpen::ColdStartPhasesText</name>
    <message>
        <source>Sandbox created</source>
        <translation>Piaskownica utworzona</translation>
    </message>
    <message>
        <source>Process started</source>
        <translation>Proces uruchomiony</translation>
    </message>
    <message>
        <source>Interpreter up</source>
        <translation>Interpreter gotowy</translation>
    </message>
    <message>
        <source>Runtime bootstrap ready</source>
        <translation>Bootstrap środowiska uruchomieniowego gotowy</translation>
    </message>
    <message>
        <source>Handler imported (init code run)</source>
        <translation>Handler zaimportowany (kod inicjalizacji wykonany)</translation>
    </message>
    <message>
        <source>First /next</source>
        <translation>Pierwsze /next</translation>
    </message>
    <message>
        <source>%1 … %2 (not told apart): %3 ms</source>
        <translation>%1 … %2 (nierozróżnione): %3 ms</translation>
    </message>
    <message>
        <source>%1: %2 ms</source>
        <translation>%1: %2 ms</translation>
    </message>
    <message>
        <source>Cold start, from asking for a sandbox: %1 ms</source>
        <translation>Zimny start, od zażądania piaskownicy: %1 ms</translation>
    </message>
</context>
<context>
    <name>Bullpen::CompareController</name>
    <message>
        <source>The targets file cannot be used: %1</source>
        <translation>Nie można użyć pliku celów: %1</translation>
    </message>
    <message>
        <source>The template has no function %1.</source>
        <translation>Szablon nie ma funkcji %1.</translation>
    </message>
    <message>
        <source>The event %1 cannot be read: %2</source>
        <translation>Nie można odczytać zdarzenia %1: %2</translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation>Przygotowywanie %1…</translation>
    </message>
    <message>
        <source>The build failed: %1</source>
        <translation>Budowanie nie powiodło się: %1</translation>
    </message>
    <message>
        <source>%1 has no target &apos;%2&apos;</source>
        <translation>%1 nie ma celu „%2”</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Zatrzymano.</translation>
    </message>
</context>
<context>
    <name>Bullpen::CompareFeature</name>
    <message>
        <source>Compare Targets</source>
        <translation>Porównanie celów</translation>
    </message>
    <message>
        <source>Compare &amp;Targets…</source>
        <translation>Porównaj &amp;cele…</translation>
    </message>
    <message>
        <source>Send the event to several deployment targets and compare the results (Ctrl+Alt+C)</source>
        <translation>Wyślij zdarzenie do kilku celów wdrożenia i porównaj wyniki (Ctrl+Alt+C)</translation>
    </message>
</context>
<context>
    <name>Bullpen::CompareModel</name>
    <message>
        <source>unreachable</source>
        <translation>nieosiągalny</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>w porządku</translation>
    </message>
    <message numerus="yes">
        <source>run(s) %1</source>
        <translation>
            <numerusform>przebieg %1</numerusform>
            <numerusform>przebiegi %1</numerusform>
            <numerusform>przebiegi %1</numerusform>
        </translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>sprawdzanie…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starty</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>down</source>
        <translation>niedostępny</translation>
    </message>
    <message>
        <source>up</source>
        <translation>dostępny</translation>
    </message>
    <message>
        <source>down: %1</source>
        <translation>niedostępny: %1</translation>
    </message>
    <message>
        <source>up (reference)</source>
        <translation>dostępny (odniesienie)</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Dzienniki</translation>
    </message>
    <message>
        <source>; not counted: %1</source>
        <translation>; nie liczone: %1</translation>
    </message>
    <message>
        <source>same</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <source>Payload (run 1)</source>
        <translation>Ładunek (przebieg 1)</translation>
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
            <numerusform>mediana, min–maks z %n przebiegu</numerusform>
            <numerusform>mediana, min–maks z %n przebiegów</numerusform>
            <numerusform>mediana, min–maks z %n przebiegów</numerusform>
        </translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n calls</source>
        <translation>
            <numerusform>%1 z %n wywołania</numerusform>
            <numerusform>%1 z %n wywołań</numerusform>
            <numerusform>%1 z %n wywołań</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::CompareView</name>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Porównaj</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <source>The project&apos;s targets (bullpen-targets.yaml); Space ticks one</source>
        <translation>Cele projektu (bullpen-targets.yaml); spacja zaznacza jeden</translation>
    </message>
    <message>
        <source>How many times the event goes to each target (K)</source>
        <translation>Ile razy zdarzenie trafia do każdego celu (K)</translation>
    </message>
    <message>
        <source>run </source>
        <translation>przebieg </translation>
    </message>
    <message>
        <source>The run whose logs are compared</source>
        <translation>Przebieg, którego dzienniki są porównywane</translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation>F&amp;unkcja:</translation>
    </message>
    <message>
        <source>Eve&amp;nt:</source>
        <translation>Zdarze&amp;nie:</translation>
    </message>
    <message>
        <source>Tar&amp;gets:</source>
        <translation>&amp;Cele:</translation>
    </message>
    <message>
        <source>Runs (&amp;X):</source>
        <translation>Przebiegi (&amp;X):</translation>
    </message>
    <message>
        <source>Red: differs; yellow: differs but is not counted (hover for why); grey: down</source>
        <translation>Czerwony: różni się; żółty: różni się, ale nie jest liczony (najedź, by zobaczyć dlaczego); szary: niedostępny</translation>
    </message>
    <message>
        <source>JSON diff</source>
        <translation>Różnice JSON</translation>
    </message>
    <message>
        <source>Log diff</source>
        <translation>Różnice dzienników</translation>
    </message>
    <message>
        <source>Choose two or more targets and press Ctrl+Return.</source>
        <translation>Wybierz co najmniej dwa cele i naciśnij Ctrl+Enter.</translation>
    </message>
    <message>
        <source>{} (empty event)</source>
        <translation>{} (puste zdarzenie)</translation>
    </message>
    <message>
        <source>Open a project with a function first.</source>
        <translation>Najpierw otwórz projekt z funkcją.</translation>
    </message>
    <message>
        <source>Tick two or more targets to compare (Space in the list).</source>
        <translation>Zaznacz co najmniej dwa cele do porównania (spacja na liście).</translation>
    </message>
    <message numerus="yes">
        <source>Comparing on %1, %n run(s) each…</source>
        <translation>
            <numerusform>Porównywanie na %1, po %n przebiegu…</numerusform>
            <numerusform>Porównywanie na %1, po %n przebiegi…</numerusform>
            <numerusform>Porównywanie na %1, po %n przebiegów…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) against %1</source>
        <translation>
            <numerusform>%n różnica względem %1</numerusform>
            <numerusform>%n różnice względem %1</numerusform>
            <numerusform>%n różnic względem %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Equal</source>
        <translation>Równe</translation>
    </message>
    <message>
        <source>; down: %1</source>
        <translation>; niedostępne: %1</translation>
    </message>
    <message>
        <source>%1 is the reference: choose another target&apos;s column.</source>
        <translation>%1 jest odniesieniem: wybierz kolumnę innego celu.</translation>
    </message>
    <message>
        <source>%1 is down: %2</source>
        <translation>%1 jest niedostępny: %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; against &lt;b&gt;%2&lt;/b&gt; (the reference)&lt;/p&gt;&lt;table cellspacing=0 cellpadding=3&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; względem &lt;b&gt;%2&lt;/b&gt; (odniesienie)&lt;/p&gt;&lt;table cellspacing=0 cellpadding=3&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th align=left&gt;where&lt;/th&gt;&lt;th align=left&gt;what&lt;/th&gt;&lt;th align=left&gt;%1&lt;/th&gt;&lt;th align=left&gt;%2&lt;/th&gt;&lt;th align=left&gt;runs&lt;/th&gt;&lt;th align=left&gt;counted&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th align=left&gt;gdzie&lt;/th&gt;&lt;th align=left&gt;co&lt;/th&gt;&lt;th align=left&gt;%1&lt;/th&gt;&lt;th align=left&gt;%2&lt;/th&gt;&lt;th align=left&gt;przebiegi&lt;/th&gt;&lt;th align=left&gt;liczone&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>nie: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;The payloads and errors are the same.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ładunki i błędy są takie same.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No run %1 on both.</source>
        <translation>Brak przebiegu %1 na obu.</translation>
    </message>
    <message>
        <source>%1 gives no logs for run %2: nothing to compare.</source>
        <translation>%1 nie podaje dzienników dla przebiegu %2: nie ma czego porównać.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Run %1: &lt;span style=&quot;background:#f8c8c4;color:#202020&quot;&gt;&amp;nbsp;- only in %2&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:#c8ecc8;color:#202020&quot;&gt;&amp;nbsp;+ only in %3&amp;nbsp;&lt;/span&gt; (ids, times and durations masked)&lt;/p&gt;&lt;pre&gt;</source>
        <translation>&lt;p&gt;Przebieg %1: &lt;span style=&quot;background:#f8c8c4;color:#202020&quot;&gt;&amp;nbsp;- tylko w %2&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:#c8ecc8;color:#202020&quot;&gt;&amp;nbsp;+ tylko w %3&amp;nbsp;&lt;/span&gt; (identyfikatory, czasy i czasy trwania zamaskowane)&lt;/p&gt;&lt;pre&gt;</translation>
    </message>
</context>
<context>
    <name>Bullpen::EditorPanel</name>
    <message>
        <source>Find in Project</source>
        <translation>Znajdź w projekcie</translation>
    </message>
    <message>
        <source>&amp;New File</source>
        <translation>&amp;Nowy plik</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>Otwórz p&amp;lik…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Zapisz j&amp;ako…</translation>
    </message>
    <message>
        <source>Save A&amp;ll</source>
        <translation>Zapisz &amp;wszystko</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Zamknij &amp;kartę</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Wy&amp;tnij</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Wklej</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Zaznacz w&amp;szystko</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Znajdź…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>Za&amp;mień…</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>Prze&amp;jdź do wiersza…</translation>
    </message>
    <message>
        <source>Toggle &amp;Comment</source>
        <translation>Przełącz k&amp;omentarz</translation>
    </message>
    <message>
        <source>Find in &amp;Project…</source>
        <translation>Znajdź w p&amp;rojekcie…</translation>
    </message>
    <message>
        <source>Open &amp;Handler</source>
        <translation>Otwórz &amp;handler</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Motyw</translation>
    </message>
    <message>
        <source>&amp;Automatic (follow the system colours)</source>
        <translation>&amp;Automatycznie (według kolorów systemu)</translation>
    </message>
    <message>
        <source>&amp;Syntax</source>
        <translation>&amp;Składnia</translation>
    </message>
    <message>
        <source>Plain Text</source>
        <translation>Zwykły tekst</translation>
    </message>
    <message>
        <source>Ln %1, Col %2</source>
        <translation>Wiersz %1, kol. %2</translation>
    </message>
    <message>
        <source>New file</source>
        <translation>Nowy plik</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Otwarto %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Zapisano %1</translation>
    </message>
    <message>
        <source>%1 was removed from the disk; saving writes it again.</source>
        <translation>%1 usunięto z dysku; zapisanie utworzy go ponownie.</translation>
    </message>
    <message>
        <source>%1 changed on disk and was reloaded</source>
        <translation>%1 zmienił się na dysku i został wczytany ponownie</translation>
    </message>
    <message>
        <source>The handler file of %1 (%2) was not found in %3</source>
        <translation>Nie znaleziono pliku handlera %1 (%2) w %3</translation>
    </message>
    <message numerus="yes">
        <source>Unsaved edits of %n document(s) from the last session can be recovered: see the bar above the text.</source>
        <translation>
            <numerusform>Niezapisane zmiany %n dokumentu z ostatniej sesji można przywrócić: zobacz pasek nad tekstem.</numerusform>
            <numerusform>Niezapisane zmiany %n dokumentów z ostatniej sesji można przywrócić: zobacz pasek nad tekstem.</numerusform>
            <numerusform>Niezapisane zmiany %n dokumentów z ostatniej sesji można przywrócić: zobacz pasek nad tekstem.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::EditorRecovery</name>
    <message>
        <source>Could not keep a copy of the unsaved edits for recovery: %1</source>
        <translation>Nie udało się zachować kopii niezapisanych zmian do przywrócenia: %1</translation>
    </message>
    <message>
        <source>An untitled document had text that was never saved when Bullpen last ended (kept %1). Recover puts it into this tab.</source>
        <translation>Dokument bez nazwy zawierał tekst, który nie został zapisany, gdy Bullpen ostatnio się zakończył (zachowano %1). „Przywróć” wstawia go do tej karty.</translation>
    </message>
    <message>
        <source>“%1” no longer exists. It had edits that were never saved when Bullpen last ended (kept %2). Recover puts them into this tab; saving writes the file again.</source>
        <translation>„%1” już nie istnieje. Plik miał zmiany, które nie zostały zapisane, gdy Bullpen ostatnio się zakończył (zachowano %2). „Przywróć” wstawia je do tej karty; zapisanie utworzy plik ponownie.</translation>
    </message>
    <message>
        <source>“%1” has edits that were never saved when Bullpen last ended (kept %2). The file has changed on disk since then: the recovered text does not have those changes (Show Differences compares them).</source>
        <translation>„%1” ma zmiany, które nie zostały zapisane, gdy Bullpen ostatnio się zakończył (zachowano %2). Od tego czasu plik na dysku się zmienił: przywrócony tekst nie zawiera tych zmian („Pokaż różnice” je porównuje).</translation>
    </message>
    <message>
        <source>“%1” has edits that were never saved when Bullpen last ended (kept %2). Recover puts them back into the editor, unsaved; Discard leaves the file as it is.</source>
        <translation>„%1” ma zmiany, które nie zostały zapisane, gdy Bullpen ostatnio się zakończył (zachowano %2). „Przywróć” wstawia je z powrotem do edytora jako niezapisane; „Odrzuć” pozostawia plik bez zmian.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Bez nazwy</translation>
    </message>
    <message>
        <source>Every line is recovered text (+): there is no file on disk to compare with.</source>
        <translation>Każdy wiersz to przywrócony tekst (+): na dysku nie ma pliku do porównania.</translation>
    </message>
    <message>
        <source>- only in the file on disk, + only in the recovered text</source>
        <translation>- tylko w pliku na dysku, + tylko w przywróconym tekście</translation>
    </message>
    <message>
        <source>Differences — %1</source>
        <translation>Różnice — %1</translation>
    </message>
</context>
<context>
    <name>Bullpen::EnvironmentModel</name>
    <message>
        <source>row %1: the variable has no name</source>
        <translation>wiersz %1: zmienna nie ma nazwy</translation>
    </message>
    <message>
        <source>environment variable %1 is set twice</source>
        <translation>zmienna środowiskowa %1 jest ustawiona dwukrotnie</translation>
    </message>
    <message>
        <source>From Globals; a value set here overrides it for this function only</source>
        <translation>Z Globals; wartość ustawiona tutaj zastępuje ją tylko dla tej funkcji</translation>
    </message>
    <message>
        <source>Overrides the value from Globals (%1)</source>
        <translation>Zastępuje wartość z Globals (%1)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
</context>
<context>
    <name>Bullpen::EventBuilder</name>
    <message>
        <source>Some event templates could not be loaded:
%1</source>
        <translation>Nie udało się wczytać niektórych szablonów zdarzeń:
%1</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Brak szablonu</translation>
    </message>
    <message>
        <source>Search events…</source>
        <translation>Szukaj zdarzeń…</translation>
    </message>
    <message>
        <source>Double-click an event (or press Enter) to fill in its form</source>
        <translation>Kliknij dwukrotnie zdarzenie (lub naciśnij Enter), aby wypełnić jego formularz</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Szablony</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Zmień nazwę</translation>
    </message>
    <message>
        <source>Rename the selected event</source>
        <translation>Zmień nazwę zaznaczonego zdarzenia</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikuj</translation>
    </message>
    <message>
        <source>Duplicate the selected event</source>
        <translation>Duplikuj zaznaczone zdarzenie</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Delete the selected event</source>
        <translation>Usuń zaznaczone zdarzenie</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Cofnij usunięcie</translation>
    </message>
    <message>
        <source>Bring back the last deleted event</source>
        <translation>Przywróć ostatnio usunięte zdarzenie</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <source>Import a JSON file as a saved event</source>
        <translation>Importuj plik JSON jako zapisane zdarzenie</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Export the selected event to a file</source>
        <translation>Eksportuj zaznaczone zdarzenie do pliku</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Zapisane</translation>
    </message>
    <message>
        <source>Pin timestamps and ids</source>
        <translation>Zachowaj znaczniki czasu i identyfikatory</translation>
    </message>
    <message>
        <source>Keep the generated times and request ids while you edit, instead of fresh ones each time</source>
        <translation>Zachowuj wygenerowane czasy i identyfikatory żądań podczas edycji zamiast tworzyć za każdym razem nowe</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formularz</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Treść</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Wygeneruj ponownie</translation>
    </message>
    <message>
        <source>Generate the payload again from the form, with fresh timestamps and ids</source>
        <translation>Wygeneruj ponownie treść z formularza, z nowymi znacznikami czasu i identyfikatorami</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Zapisz jako…</translation>
    </message>
    <message>
        <source>Save the payload as one of the project&apos;s events</source>
        <translation>Zapisz treść jako jedno ze zdarzeń projektu</translation>
    </message>
    <message>
        <source>Save Event</source>
        <translation>Zapisz zdarzenie</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Choose an event source under Templates, or open one of the Saved events.</source>
        <translation>Wybierz źródło zdarzeń w „Szablonach” albo otwórz jedno z zapisanych zdarzeń.</translation>
    </message>
    <message>
        <source>AWS documentation</source>
        <translation>Dokumentacja AWS</translation>
    </message>
    <message>
        <source>Form: %1</source>
        <translation>Formularz: %1</translation>
    </message>
    <message>
        <source>%1 KB · checking…</source>
        <translation>%1 KB · sprawdzanie…</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>empty: no event yet</source>
        <translation>puste: brak zdarzenia</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n error(s)</source>
        <translation>
            <numerusform>%1 · %n błąd</numerusform>
            <numerusform>%1 · %n błędy</numerusform>
            <numerusform>%1 · %n błędów</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · valid JSON</source>
        <translation>%1 · poprawny JSON</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nie znaleziono problemów.</translation>
    </message>
    <message>
        <source>Could not keep a draft of the event: %1</source>
        <translation>Nie można zachować szkicu zdarzenia: %1</translation>
    </message>
    <message>
        <source>Event name:</source>
        <translation>Nazwa zdarzenia:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used: %2.</source>
        <translation>Nie można użyć „%1”: %2.</translation>
    </message>
    <message>
        <source>Rename Event</source>
        <translation>Zmień nazwę zdarzenia</translation>
    </message>
    <message>
        <source>Bring back &quot;%1&quot;</source>
        <translation>Przywróć „%1”</translation>
    </message>
    <message>
        <source>Import Event</source>
        <translation>Importuj zdarzenie</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Pliki JSON (*.json);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Export Event</source>
        <translation>Eksportuj zdarzenie</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Pliki JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n bajt</numerusform>
            <numerusform>%n bajty</numerusform>
            <numerusform>%n bajtów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::EventCatalogModel</name>
    <message>
        <source>Event</source>
        <translation>Zdarzenie</translation>
    </message>
</context>
<context>
    <name>Bullpen::EventForm</name>
    <message>
        <source>Pick an event template to fill in its parameters.</source>
        <translation>Wybierz szablon zdarzenia, aby wypełnić jego parametry.</translation>
    </message>
    <message>
        <source>This event has no parameters: edit the JSON directly.</source>
        <translation>To zdarzenie nie ma parametrów: edytuj JSON bezpośrednio.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>wymagane</translation>
    </message>
</context>
<context>
    <name>Bullpen::EventValidator</name>
    <message>
        <source>unknown parameter &apos;%1&apos; (valid: %2)</source>
        <translation>nieznany parametr „%1” (prawidłowe: %2)</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos;: %2</source>
        <translation>parametr „%1”: %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>nie może być pusty</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>„%1” nie jest liczbą całkowitą</translation>
    </message>
    <message>
        <source>%1 is outside %2..%3</source>
        <translation>%1 jest poza zakresem %2..%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not true or false</source>
        <translation>„%1” to ani true, ani false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>„%1” nie jest żadnym z: %2</translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <translation>nie jest poprawnym JSON-em: %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>pusty</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>brak wymaganego pola „%1”</translation>
    </message>
    <message>
        <source>payload is %1 (%2 bytes), over the 6 MB limit of a synchronous invocation</source>
        <translation>ładunek ma %1 (%2 B), ponad limit 6 MB wywołania synchronicznego</translation>
    </message>
    <message>
        <source>payload is %1, over the 1 MB limit of an asynchronous (Event) invocation</source>
        <translation>ładunek ma %1, ponad limit 1 MB wywołania asynchronicznego (Event)</translation>
    </message>
    <message>
        <source>payload is %1, over the 256 KB asynchronous limit that applied before October 2025</source>
        <translation>ładunek ma %1, ponad asynchroniczny limit 256 KB obowiązujący przed październikiem 2025</translation>
    </message>
    <message>
        <source>the payload is empty; Lambda needs a JSON value, at least {}</source>
        <translation>ładunek jest pusty; Lambda potrzebuje wartości JSON, co najmniej {}</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>błędny JSON: %1</translation>
    </message>
    <message>
        <source>unfilled template placeholder %1</source>
        <translation>niewypełniony symbol zastępczy szablonu %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>błąd</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>ostrzeżenie</translation>
    </message>
    <message>
        <source>note</source>
        <translation>uwaga</translation>
    </message>
    <message>
        <source>line %1, column %2: %3: %4</source>
        <translation>wiersz %1, kolumna %2: %3: %4</translation>
    </message>
</context>
<context>
    <name>Bullpen::EventsPanel</name>
    <message>
        <source>Event</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <source>the event in the event builder</source>
        <translation>zdarzenie w kreatorze zdarzeń</translation>
    </message>
    <message>
        <source>The event builder has the unsaved event of the last session back (not saved).</source>
        <translation>Kreator zdarzeń ma z powrotem niezapisane zdarzenie z ostatniej sesji (niezapisane).</translation>
    </message>
</context>
<context>
    <name>Bullpen::FiguresBar</name>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Rozliczono</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>Inicjalizacja</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Pamięć</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instancja</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Trwa…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowano</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Engine error</source>
        <translation>Błąd silnika</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odrzucono</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Powodzenie</translation>
    </message>
    <message>
        <source>Init Duration: only a cold start runs the function&apos;s initialisation code.</source>
        <translation>Init Duration: tylko zimny start wykonuje kod inicjalizacji funkcji.</translation>
    </message>
    <message>
        <source>%1 / %2 MB</source>
        <translation>%1 / %2 MB</translation>
    </message>
    <message>
        <source>Max Memory Used of the function&apos;s Memory Size</source>
        <translation>Max Memory Used względem Memory Size funkcji</translation>
    </message>
    <message>
        <source>Max Memory Used of the function&apos;s Memory Size. %1</source>
        <translation>Max Memory Used względem Memory Size funkcji. %1</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Zimny</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Ciepły</translation>
    </message>
    <message>
        <source>%1
Runtime image: %2</source>
        <translation>%1
Obraz środowiska: %2</translation>
    </message>
    <message>
        <source>Cold start</source>
        <translation>Zimny start</translation>
    </message>
    <message>
        <source>%1 ms, prepared sandbox</source>
        <translation>%1 ms, przygotowana piaskownica</translation>
    </message>
    <message>
        <source>%1
The sandbox was prepared ahead of need (made before this call arrived).</source>
        <translation>%1
Piaskownica została przygotowana zawczasu (utworzona, zanim nadeszło to wywołanie).</translation>
    </message>
    <message>
        <source>Cold, prepared sandbox</source>
        <translation>Zimny, przygotowana piaskownica</translation>
    </message>
    <message>
        <source>Warm: an instance already initialised took the call.</source>
        <translation>Ciepły: wywołanie przejęła już zainicjalizowana instancja.</translation>
    </message>
    <message>
        <source>Cold start from a prepared sandbox: the sandbox was made ahead of need, then the runtime started in it and initialised.</source>
        <translation>Zimny start z przygotowanej piaskownicy: piaskownica została utworzona zawczasu, potem środowisko uruchomieniowe wystartowało w niej i się zainicjalizowało.</translation>
    </message>
    <message>
        <source>Cold start on demand: the sandbox was made for this call, then the runtime initialised.</source>
        <translation>Zimny start na żądanie: piaskownica została utworzona dla tego wywołania, potem środowisko uruchomieniowe się zainicjalizowało.</translation>
    </message>
    <message>
        <source>restored %1 ms</source>
        <translation>przywrócono %1 ms</translation>
    </message>
    <message>
        <source>Restore Duration: restored from a SnapStart snapshot of the initialised runtime, whose init ran before the snapshot. Billed Restore Duration (its after-restore hooks): %1 ms.</source>
        <translation>Restore Duration: przywrócono z migawki SnapStart zainicjowanego środowiska uruchomieniowego, którego inicjalizacja odbyła się przed migawką. Billed Restore Duration (jego haki po przywróceniu): %1 ms.</translation>
    </message>
    <message>
        <source>Cold, restored from snapshot</source>
        <translation>Zimny, przywrócony z migawki</translation>
    </message>
    <message>
        <source>Cold start from a SnapStart snapshot: a copy restored ahead of need was woken for this call.</source>
        <translation>Zimny start z migawki SnapStart: kopia przywrócona z wyprzedzeniem została wybudzona dla tego wywołania.</translation>
    </message>
    <message>
        <source>Cold start from a SnapStart snapshot: a copy of the initialised runtime was restored for this call, then woken.</source>
        <translation>Zimny start z migawki SnapStart: kopię zainicjowanego środowiska uruchomieniowego przywrócono dla tego wywołania, a następnie wybudzono.</translation>
    </message>
    <message>
        <source>Cold, prepared sandbox, no SnapStart</source>
        <translation>Zimny, przygotowana piaskownica, bez SnapStart</translation>
    </message>
    <message>
        <source>Cold, no SnapStart</source>
        <translation>Zimny, bez SnapStart</translation>
    </message>
</context>
<context>
    <name>Bullpen::FindBar</name>
    <message>
        <source>Re&amp;gular expression</source>
        <translation>Wyrażenie &amp;regularne</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Uwzględniaj &amp;wielkość liter</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>Całe &amp;wyrazy</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Znajdź</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Zamień na</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Poprzednie</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Następne</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Zamknij (Esc)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>Za&amp;mień</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Zamień &amp;wszystkie</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>Zamieniono %n</numerusform>
            <numerusform>Zamieniono %n</numerusform>
            <numerusform>Zamieniono %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid expression</source>
        <translation>Nieprawidłowe wyrażenie</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nie znaleziono</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n trafienie</numerusform>
            <numerusform>%n trafienia</numerusform>
            <numerusform>%n trafień</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::FindInProject</name>
    <message>
        <source>Re&amp;gular expression</source>
        <translation>Wyrażenie &amp;regularne</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Uwzględniaj &amp;wielkość liter</translation>
    </message>
    <message>
        <source>Find in project</source>
        <translation>Znajdź w projekcie</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Położenie</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Invalid expression: %1</source>
        <translation>Nieprawidłowe wyrażenie: %1</translation>
    </message>
    <message numerus="yes">
        <source>First %n matches</source>
        <translation>
            <numerusform>Pierwsze %n trafienie</numerusform>
            <numerusform>Pierwsze %n trafienia</numerusform>
            <numerusform>Pierwszych %n trafień</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n trafienie</numerusform>
            <numerusform>%n trafienia</numerusform>
            <numerusform>%n trafień</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::FunctionSettingsPanel</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <source>Ping it</source>
        <translation>Pinguj</translation>
    </message>
    <message>
        <source>Sc&amp;hedules:</source>
        <translation>&amp;Harmonogramy:</translation>
    </message>
    <message>
        <source>Select a function in the project to see its settings.</source>
        <translation>Wybierz funkcję w projekcie, aby zobaczyć jej ustawienia.</translation>
    </message>
    <message>
        <source>● Modified: Invoke uses these values now. Save writes them to the template.</source>
        <translation>● Zmieniono: „Wywołaj” używa teraz tych wartości. „Zapisz” zapisze je w szablonie.</translation>
    </message>
    <message>
        <source>file.function, e.g. app.lambda_handler</source>
        <translation>plik.funkcja, np. app.lambda_handler</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Lambda allows %1 to %2 MB; CPU share grows with memory</source>
        <translation>Lambda dopuszcza od %1 do %2 MB; udział CPU rośnie z pamięcią</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Lambda allows %1 to %2 seconds</source>
        <translation>Lambda dopuszcza od %1 do %2 sekund</translation>
    </message>
    <message>
        <source>&amp;Handler:</source>
        <translation>&amp;Handler:</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Pamięć:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Limit czasu:</translation>
    </message>
    <message>
        <source>Unreserved</source>
        <translation>Bez rezerwacji</translation>
    </message>
    <message>
        <source>ReservedConcurrentExecutions: more concurrent calls than this are refused with TooManyRequestsException (429); 0 refuses every call</source>
        <translation>ReservedConcurrentExecutions: więcej współbieżnych wywołań jest odrzucanych z TooManyRequestsException (429); 0 odrzuca każde wywołanie</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions: instances of the alias initialised ahead of any call and kept; their init is on no caller&apos;s path</source>
        <translation>ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions: instancje aliasu inicjalizowane przed jakimkolwiek wywołaniem i utrzymywane; ich inicjalizacja nie opóźnia żadnego wywołującego</translation>
    </message>
    <message>
        <source>e.g. live (needed for provisioned concurrency)</source>
        <translation>np. live (potrzebne dla zapewnionej współbieżności)</translation>
    </message>
    <message>
        <source>AutoPublishAlias: Invoke runs this alias, which provisioned concurrency serves first</source>
        <translation>AutoPublishAlias: „Wywołaj” uruchamia ten alias, który zapewniona współbieżność obsługuje w pierwszej kolejności</translation>
    </message>
    <message>
        <source>for &amp;alias</source>
        <translation>dla &amp;aliasu</translation>
    </message>
    <message>
        <source>&amp;Reserved concurrency:</source>
        <translation>&amp;Zarezerwowana współbieżność:</translation>
    </message>
    <message>
        <source>&amp;Provisioned:</source>
        <translation>&amp;Zapewniona:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Stop after each invocation</source>
        <translation>Zatrzymaj po każdym wywołaniu</translation>
    </message>
    <message>
        <source>How long an idle instance of this function stays warm (bullpen-project.json). 45 minutes, Lambda&apos;s, follows the keep-alive in Preferences.</source>
        <translation>Jak długo bezczynna instancja tej funkcji pozostaje ciepła (bullpen-project.json). 45 minut, wartość Lambdy, oznacza czas podtrzymania z Preferencji.</translation>
    </message>
    <message>
        <source>The classic CloudWatch warmer: invoke the function on a schedule so that an instance stays warm (only while Bullpen runs)</source>
        <translation>Klasyczne podgrzewanie przez CloudWatch: wywołuj funkcję według harmonogramu, aby instancja pozostała ciepła (tylko gdy Bullpen działa)</translation>
    </message>
    <message>
        <source>An EventBridge rate expression: rate(1 minute), rate(5 minutes), rate(1 hour)</source>
        <translation>Wyrażenie rate EventBridge: rate(1 minute), rate(5 minutes), rate(1 hour)</translation>
    </message>
    <message>
        <source>&amp;Keep-alive:</source>
        <translation>&amp;Podtrzymanie:</translation>
    </message>
    <message>
        <source>Keep &amp;warm:</source>
        <translation>Utrzymuj &amp;ciepłą:</translation>
    </message>
    <message>
        <source>&amp;Environment variables</source>
        <translation>&amp;Zmienne środowiskowe</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Add an environment variable</source>
        <translation>Dodaj zmienną środowiskową</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove the selected variable</source>
        <translation>Usuń zaznaczoną zmienną</translation>
    </message>
    <message>
        <source>Show the values in template.yaml again</source>
        <translation>Pokaż ponownie wartości z template.yaml</translation>
    </message>
    <message>
        <source>Write the changes to template.yaml (comments and order are kept); Save All does too</source>
        <translation>Zapisz zmiany w template.yaml (komentarze i kolejność zostają zachowane); „Zapisz wszystko” też to robi</translation>
    </message>
    <message>
        <source>template.yaml changed on disk. Apply writes your changes over it; Revert shows its values.</source>
        <translation>template.yaml zmienił się na dysku. „Zastosuj” nadpisze go twoimi zmianami; „Przywróć” pokaże jego wartości.</translation>
    </message>
    <message>
        <source>%1 · code in %2 · line %3 of %4</source>
        <translation>%1 · kod w %2 · wiersz %3 w %4</translation>
    </message>
    <message>
        <source>the project folder</source>
        <translation>folder projektu</translation>
    </message>
    <message>
        <source>layers under /opt, in this order: %1</source>
        <translation>warstwy w /opt, w tej kolejności: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fire this Schedule event on the pool clock while Bullpen runs (bullpen-project.json); off until turned on</source>
        <translation>Wyzwalaj to zdarzenie Schedule według zegara puli, gdy Bullpen działa (bullpen-project.json); wyłączone, dopóki go nie włączysz</translation>
    </message>
    <message>
        <source>The template disables this schedule (Enabled: false or State: DISABLED)</source>
        <translation>Szablon wyłącza ten harmonogram (Enabled: false lub State: DISABLED)</translation>
    </message>
    <message>
        <source>Schedules:</source>
        <translation>Harmonogramy:</translation>
    </message>
    <message>
        <source>from Globals</source>
        <translation>z Globals</translation>
    </message>
    <message>
        <source>Set in Globals.Function for every function; a value set here applies to this function only</source>
        <translation>Ustawione w Globals.Function dla każdej funkcji; wartość ustawiona tutaj dotyczy tylko tej funkcji</translation>
    </message>
    <message>
        <source>overrides Globals (%1%2)</source>
        <translation>zastępuje Globals (%1%2)</translation>
    </message>
    <message>
        <source>Handler comes from Globals; a value set here applies to this function only</source>
        <translation>Handler pochodzi z Globals; wartość ustawiona tutaj dotyczy tylko tej funkcji</translation>
    </message>
    <message>
        <source>MemorySize must be a whole number of megabytes</source>
        <translation>MemorySize musi być całkowitą liczbą megabajtów</translation>
    </message>
    <message>
        <source>Timeout must be a whole number of seconds</source>
        <translation>Timeout musi być całkowitą liczbą sekund</translation>
    </message>
    <message>
        <source>AutoPublishAlias &quot;%1&quot; is not an alias name (letters, digits, - and _)</source>
        <translation>AutoPublishAlias „%1” nie jest nazwą aliasu (litery, cyfry, - i _)</translation>
    </message>
    <message>
        <source>Provisioned concurrency applies to an alias, never $LATEST: give the function an AutoPublishAlias</source>
        <translation>Zapewniona współbieżność dotyczy aliasu, nigdy $LATEST: nadaj funkcji AutoPublishAlias</translation>
    </message>
    <message>
        <source>Provisioned concurrency (%1) cannot exceed the reserved concurrency (%2)</source>
        <translation>Zapewniona współbieżność (%1) nie może przekraczać zarezerwowanej (%2)</translation>
    </message>
    <message>
        <source>keep-warm takes a rate, e.g. rate(5 minutes)</source>
        <translation>utrzymywanie wymaga częstości, np. rate(5 minutes)</translation>
    </message>
    <message>
        <source>Keep-warm rate: %1</source>
        <translation>Częstość utrzymywania: %1</translation>
    </message>
    <message>
        <source>Schedule %1: %2</source>
        <translation>Harmonogram %1: %2</translation>
    </message>
    <message>
        <source>Variables from Globals can be overridden here but not removed</source>
        <translation>Zmienne z Globals można tu zastąpić, ale nie usunąć</translation>
    </message>
    <message>
        <source>%1 ●</source>
        <translation>%1 ●</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Zapisano w %1.</translation>
    </message>
    <message>
        <source>Saved to %1 and %2.</source>
        <translation>Zapisano w %1 i %2.</translation>
    </message>
    <message>
        <source>Apply to every call, $LATEST too (teaching)</source>
        <translation>Stosuj do każdego wywołania, także $LATEST (do nauki)</translation>
    </message>
    <message>
        <source>Lambda applies SnapStart (SnapStart: ApplyOn: PublishedVersions) to published versions only: here the alias (AutoPublishAlias) and version 1, never $LATEST. For teaching, this applies it to every call of this function, $LATEST included, with or without SnapStart in the template: the first cold start takes a snapshot of the initialised runtime, later cold starts restore it (runc backend, as root). Kept in bullpen-project.json, not in the template.</source>
        <translation>Lambda stosuje SnapStart (SnapStart: ApplyOn: PublishedVersions) tylko do opublikowanych wersji: tutaj do aliasu (AutoPublishAlias) i wersji 1, nigdy do $LATEST. Do nauki to ustawienie stosuje go do każdego wywołania tej funkcji, także $LATEST, z SnapStart w szablonie lub bez: pierwszy zimny start wykonuje migawkę zainicjowanego środowiska uruchomieniowego, kolejne zimne starty ją przywracają (backend runc, jako root). Zapisywane w bullpen-project.json, nie w szablonie.</translation>
    </message>
    <message>
        <source>Every cold start of this function restores from a snapshot, $LATEST included (the first one takes it); on Lambda only the published versions of a function with SnapStart would.</source>
        <translation>Każdy zimny start tej funkcji jest przywracany z migawki, także $LATEST (pierwszy ją wykonuje); w Lambdzie robiłyby to tylko opublikowane wersje funkcji z SnapStart.</translation>
    </message>
    <message>
        <source>The template&apos;s SnapStart applies to published versions, and this function has none: give it an AutoPublishAlias. Until then every call runs $LATEST and starts cold as usual.</source>
        <translation>SnapStart z szablonu dotyczy opublikowanych wersji, a ta funkcja nie ma żadnej: nadaj jej AutoPublishAlias. Do tego czasu każde wywołanie uruchamia $LATEST i startuje na zimno jak zwykle.</translation>
    </message>
    <message>
        <source>The template&apos;s SnapStart applies to the alias %1 (version 1), which Invoke runs; $LATEST starts cold as usual.</source>
        <translation>SnapStart z szablonu dotyczy aliasu %1 (wersja 1), który uruchamia polecenie Wywołaj; $LATEST startuje na zimno jak zwykle.</translation>
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
        <translation>Powodzenie</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowano</translation>
    </message>
    <message>
        <source>Engine error</source>
        <translation>Błąd silnika</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Odrzucono: %1</translation>
    </message>
    <message>
        <source>(unsaved event)</source>
        <translation>(niezapisane zdarzenie)</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Zimny</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Ciepły</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funkcja</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>The history of this project (%1) was %2. It is left as it is; this session&apos;s invocations are not kept.</source>
        <translation>Historia tego projektu (%1) była %2. Pozostaje bez zmian; wywołania z tej sesji nie zostaną zachowane.</translation>
    </message>
    <message>
        <source>The history of this project could not be read (%1), and %2 could not be kept aside (%3). It is left as it is; this session&apos;s invocations are not kept.</source>
        <translation>Nie udało się odczytać historii tego projektu (%1), a %2 nie dało się odłożyć na bok (%3). Pozostaje bez zmian; wywołania z tej sesji nie zostaną zachowane.</translation>
    </message>
    <message>
        <source>The history of this project could not be read (%1). The file was kept as %2; the history starts again.</source>
        <translation>Nie udało się odczytać historii tego projektu (%1). Plik zachowano jako %2; historia zaczyna się od nowa.</translation>
    </message>
    <message>
        <source>Part of the history of this project could not be read: %1. The whole file was kept as %2.</source>
        <translation>Części historii tego projektu nie udało się odczytać: %1. Cały plik zachowano jako %2.</translation>
    </message>
    <message>
        <source>The history of this project could not be written to %1: %2</source>
        <translation>Nie udało się zapisać historii tego projektu do %1: %2</translation>
    </message>
</context>
<context>
    <name>Bullpen::HistoryView</name>
    <message>
        <source>Re-run</source>
        <translation>Uruchom ponownie</translation>
    </message>
    <message>
        <source>Run the selected invocation again: same function, same event</source>
        <translation>Powtórz zaznaczone wywołanie: ta sama funkcja, to samo zdarzenie</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Forget this project&apos;s invocations</source>
        <translation>Zapomnij wywołania tego projektu</translation>
    </message>
</context>
<context>
    <name>Bullpen::ImagesFeature</name>
    <message>
        <source>Runtime Images</source>
        <translation>Obrazy środowisk</translation>
    </message>
    <message>
        <source>Runtime &amp;Images…</source>
        <translation>&amp;Obrazy środowisk…</translation>
    </message>
</context>
<context>
    <name>Bullpen::ImagesView</name>
    <message>
        <source>&amp;Import Root Tarball…</source>
        <translation>&amp;Importuj archiwum tar systemu plików…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>&amp;Prune Stale</source>
        <translation>Usuń &amp;nieaktualne</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>O&amp;dśwież</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Obraz</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Środowisko</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Dane wejściowe</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Remove the images of earlier inputs from the image cache and the daemon</source>
        <translation>Usuń obrazy wcześniejszych danych wejściowych z pamięci podręcznej obrazów i z demona</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Niepowodzenie: %1</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>No runtime images yet: import a root file system tarball, or run `bullpen images build`.</source>
        <translation>Brak obrazów środowisk uruchomieniowych: zaimportuj archiwum tar głównego systemu plików albo uruchom `bullpen images build`.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) in the daemon.</source>
        <translation>
            <numerusform>%n obraz w demonie.</numerusform>
            <numerusform>%n obrazy w demonie.</numerusform>
            <numerusform>%n obrazów w demonie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1 for %2…</source>
        <translation>Importowanie %1 dla %2…</translation>
    </message>
    <message>
        <source>Import Runtime Image</source>
        <translation>Importuj obraz środowiska uruchomieniowego</translation>
    </message>
    <message>
        <source>Runtime:</source>
        <translation>Środowisko:</translation>
    </message>
    <message>
        <source>Root File System Tarball</source>
        <translation>Archiwum tar głównego systemu plików</translation>
    </message>
    <message>
        <source>Tar archives (*.tar);;All files (*)</source>
        <translation>Archiwa tar (*.tar);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Removing the %1 runtime images…</source>
        <translation>Usuwanie obrazów środowiska %1…</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n image(s).</source>
        <translation>
            <numerusform>Usunięto %n obraz.</numerusform>
            <numerusform>Usunięto %n obrazy.</numerusform>
            <numerusform>Usunięto %n obrazów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing stale images…</source>
        <translation>Usuwanie nieaktualnych obrazów…</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n stale image(s).</source>
        <translation>
            <numerusform>Usunięto %n nieaktualny obraz.</numerusform>
            <numerusform>Usunięto %n nieaktualne obrazy.</numerusform>
            <numerusform>Usunięto %n nieaktualnych obrazów.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::InstanceDetails</name>
    <message>
        <source>The logs of this instance&apos;s invocations that the window ran appear here.</source>
        <translation>Tutaj pojawiają się logi wywołań tej instancji uruchomionych z okna.</translation>
    </message>
    <message>
        <source>Click an instance in the pool view.</source>
        <translation>Kliknij instancję w widoku puli.</translation>
    </message>
    <message>
        <source>Instance %1</source>
        <translation>Instancja %1</translation>
    </message>
</context>
<context>
    <name>Bullpen::InvocationController</name>
    <message>
        <source>The build failed: %1</source>
        <translation>Budowanie nie powiodło się: %1</translation>
    </message>
    <message>
        <source>The %1 backend cannot run functions here: %2</source>
        <translation>Backend %1 nie może tu uruchamiać funkcji: %2</translation>
    </message>
</context>
<context>
    <name>Bullpen::InvokePanel</name>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logi</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Runtime image %1%: %2</source>
        <translation>Obraz środowiska %1%: %2</translation>
    </message>
    <message>
        <source>%1 is not a function of the open project.</source>
        <translation>%1 nie jest funkcją otwartego projektu.</translation>
    </message>
    <message>
        <source>An invocation is still running.</source>
        <translation>Wywołanie wciąż trwa.</translation>
    </message>
    <message>
        <source>&amp;Invoke</source>
        <translation>&amp;Wywołaj</translation>
    </message>
    <message>
        <source>Run the selected function with the event (Ctrl+Return)</source>
        <translation>Uruchom zaznaczoną funkcję ze zdarzeniem (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Zatrzymaj</translation>
    </message>
    <message>
        <source>Cancel the running invocation (Esc)</source>
        <translation>Anuluj trwające wywołanie (Esc)</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Funkcja:</translation>
    </message>
    <message>
        <source>The function Invoke runs</source>
        <translation>Funkcja, którą uruchamia „Wywołaj”</translation>
    </message>
    <message>
        <source>No invocation yet</source>
        <translation>Brak wywołań</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Engine settings changed: the next invocation starts fresh instances.</source>
        <translation>Zmieniono ustawienia silnika: następne wywołanie uruchomi nowe instancje.</translation>
    </message>
    <message>
        <source>Open a project and choose a function to invoke.</source>
        <translation>Otwórz projekt i wybierz funkcję do wywołania.</translation>
    </message>
    <message>
        <source>The settings of %1 are not valid: %2</source>
        <translation>Ustawienia %1 są nieprawidłowe: %2</translation>
    </message>
    <message>
        <source>Stopping the invocation…</source>
        <translation>Zatrzymywanie wywołania…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Trwa…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Zatrzymano.</translation>
    </message>
    <message>
        <source>The invocation of %1 started before the project changed has ended; it is in its own project&apos;s history.</source>
        <translation>Wywołanie %1 rozpoczęte przed zmianą projektu zakończyło się; jest w historii swojego projektu.</translation>
    </message>
    <message>
        <source>Last: engine error</source>
        <translation>Ostatnio: błąd silnika</translation>
    </message>
    <message>
        <source>Last: %1, %2 ms</source>
        <translation>Ostatnio: %1, %2 ms</translation>
    </message>
    <message>
        <source>Engine: %1, not started</source>
        <translation>Silnik: %1, nieuruchomiony</translation>
    </message>
    <message>
        <source>The engine starts with the first invocation.</source>
        <translation>Silnik startuje przy pierwszym wywołaniu.</translation>
    </message>
    <message>
        <source>Engine: %1 · %2 warm · %3 busy</source>
        <translation>Silnik: %1 · ciepłe: %2 · zajęte: %3</translation>
    </message>
    <message>
        <source>The %1 backend isolates nothing.</source>
        <translation>Backend %1 niczego nie izoluje.</translation>
    </message>
    <message>
        <source>Each instance runs in its own container.</source>
        <translation>Każda instancja działa we własnym kontenerze.</translation>
    </message>
</context>
<context>
    <name>Bullpen::LessonRunner</name>
    <message>
        <source>invoke %1</source>
        <translation>wywołaj %1</translation>
    </message>
    <message>
        <source>wait %1 of pool time</source>
        <translation>odczekaj %1 czasu puli</translation>
    </message>
    <message>
        <source>run the pool clock at ×%1</source>
        <translation>uruchom zegar puli z szybkością ×%1</translation>
    </message>
    <message>
        <source>set the keep-alive to %1 min</source>
        <translation>ustaw czas podtrzymania na %1 min</translation>
    </message>
    <message>
        <source>ping the function on %1</source>
        <translation>pinguj funkcję według %1</translation>
    </message>
    <message>
        <source>turn on the schedule %1</source>
        <translation>włącz harmonogram %1</translation>
    </message>
    <message>
        <source>reserve %1 concurrent executions</source>
        <translation>zarezerwuj %1 współbieżnych wykonań</translation>
    </message>
    <message>
        <source>stop every instance of %1</source>
        <translation>zatrzymaj każdą instancję %1</translation>
    </message>
    <message>
        <source>expire the idle instances now</source>
        <translation>wygaś teraz bezczynne instancje</translation>
    </message>
    <message>
        <source>load: %1 for %2 s of pool time</source>
        <translation>obciążenie: %1 przez %2 s czasu puli</translation>
    </message>
    <message numerus="yes">
        <source>invoke %1 %n times at once</source>
        <translation>
            <numerusform>wywołaj %1 %n raz naraz</numerusform>
            <numerusform>wywołaj %1 %n razy naraz</numerusform>
            <numerusform>wywołaj %1 %n razy naraz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>invoke %1 %n times, one after another</source>
        <translation>
            <numerusform>wywołaj %1 %n raz, jedno po drugim</numerusform>
            <numerusform>wywołaj %1 %n razy, jedno po drugim</numerusform>
            <numerusform>wywołaj %1 %n razy, jedno po drugim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>provision %n instances</source>
        <translation>
            <numerusform>zapewnij %n instancję</numerusform>
            <numerusform>zapewnij %n instancje</numerusform>
            <numerusform>zapewnij %n instancji</numerusform>
        </translation>
    </message>
    <message>
        <source>clock: &quot;speed&quot; must be above 0</source>
        <translation>clock: „speed” musi być większe od 0</translation>
    </message>
    <message>
        <source>wait: give &quot;poolMinutes&quot; or &quot;poolSeconds&quot;</source>
        <translation>wait: podaj „poolMinutes” lub „poolSeconds”</translation>
    </message>
    <message>
        <source>schedule %1: %2</source>
        <translation>harmonogram %1: %2</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>nieznana akcja „%1”</translation>
    </message>
    <message>
        <source>the instances did not stop within %1 s</source>
        <translation>instancje nie zatrzymały się w ciągu %1 s</translation>
    </message>
    <message>
        <source>invoke: cannot read the event %1: %2</source>
        <translation>invoke: nie można odczytać zdarzenia %1: %2</translation>
    </message>
    <message>
        <source>provisioned: the function has no AutoPublishAlias; provisioned concurrency applies to an alias</source>
        <translation>provisioned: funkcja nie ma AutoPublishAlias; współbieżność aprowizowana dotyczy aliasu</translation>
    </message>
    <message>
        <source>the provisioned instances were not ready within %1 s</source>
        <translation>aprowizowane instancje nie były gotowe w ciągu %1 s</translation>
    </message>
    <message>
        <source>there is no call %1</source>
        <translation>nie ma wywołania %1</translation>
    </message>
    <message>
        <source>call %1 did not run: %2 %3</source>
        <translation>wywołanie %1 nie zostało wykonane: %2 %3</translation>
    </message>
    <message>
        <source>the call has no result</source>
        <translation>wywołanie nie ma wyniku</translation>
    </message>
    <message>
        <source>call %1 found instance %2 warm (%3): no cold start</source>
        <translation>wywołanie %1 zastało instancję %2 ciepłą (%3): brak zimnego startu</translation>
    </message>
    <message>
        <source>call %1 ran on %2, %3 instance%4</source>
        <translation>wywołanie %1 wykonało się na %2, %3 instancji%4</translation>
    </message>
    <message>
        <source>a provisioned</source>
        <translation>aprowizowanej</translation>
    </message>
    <message>
        <source>an on-demand</source>
        <translation>tworzonej na żądanie</translation>
    </message>
    <message>
        <source>, cold</source>
        <translation>, zimnej</translation>
    </message>
    <message>
        <source>call %1 ran on provisioned instance %2, initialised before any call: no cold start, %3 in the handler</source>
        <translation>wywołanie %1 wykonało się na aprowizowanej instancji %2, zainicjalizowanej przed jakimkolwiek wywołaniem: brak zimnego startu, %3 w handlerze</translation>
    </message>
    <message>
        <source>call %1 started a new instance, %2 (init %3): it was cold</source>
        <translation>wywołanie %1 uruchomiło nową instancję, %2 (inicjalizacja %3): było zimne</translation>
    </message>
    <message>
        <source>call %1 ran warm on %2, not on %3 that served %4</source>
        <translation>wywołanie %1 wykonało się na ciepło na %2, a nie na %3, która obsłużyła %4</translation>
    </message>
    <message>
        <source>call %1 reused instance %2: %3 instead of %4 (%5&apos;s init and handler)</source>
        <translation>wywołanie %1 ponownie użyło instancji %2: %3 zamiast %4 (inicjalizacja i handler %5)</translation>
    </message>
    <message>
        <source>call %1 found instance %2 warm: %3 in the handler, no init</source>
        <translation>wywołanie %1 zastało instancję %2 ciepłą: %3 w handlerze, bez inicjalizacji</translation>
    </message>
    <message>
        <source>call %1 answered %2 = %3, not %4 (instance %5%6)</source>
        <translation>wywołanie %1 odpowiedziało %2 = %3, a nie %4 (instancja %5%6)</translation>
    </message>
    <message>
        <source>, warm</source>
        <translation>, ciepła</translation>
    </message>
    <message>
        <source>call %1 answered %2 = %3 (instance %4%5)</source>
        <translation>wywołanie %1 odpowiedziało %2 = %3 (instancja %4%5)</translation>
    </message>
    <message>
        <source>call %1 saw %2 = %3, call %4 saw %5</source>
        <translation>wywołanie %1 zobaczyło %2 = %3, wywołanie %4 zobaczyło %5</translation>
    </message>
    <message>
        <source>calls %1 and %2 both saw %3 = %4: made once, kept in the instance&apos;s memory (%5)</source>
        <translation>wywołania %1 i %2 zobaczyły to samo %3 = %4: utworzone raz, trzymane w pamięci instancji (%5)</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n instance(s) (%2); %3 of them cold</source>
        <translation>
            <numerusform>%1 na %n instancji (%2); %3 z nich zimne</numerusform>
            <numerusform>%1 na %n instancjach (%2); %3 z nich zimne</numerusform>
            <numerusform>%1 na %n instancjach (%2); %3 z nich zimne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) ran</source>
        <translation>
            <numerusform>wykonano %n wywołanie</numerusform>
            <numerusform>wykonano %n wywołania</numerusform>
            <numerusform>wykonano %n wywołań</numerusform>
        </translation>
    </message>
    <message>
        <source>; expected %1</source>
        <translation>; oczekiwano: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s) ran, %2 refused with TooManyRequestsException%3</source>
        <translation>
            <numerusform>wykonano %1 z %n wywołania, %2 odrzucono z TooManyRequestsException%3</numerusform>
            <numerusform>wykonano %1 z %n wywołań, %2 odrzucono z TooManyRequestsException%3</numerusform>
            <numerusform>wykonano %1 z %n wywołań, %2 odrzucono z TooManyRequestsException%3</numerusform>
        </translation>
    </message>
    <message>
        <source>; expected %1 refused</source>
        <translation>; oczekiwano odrzuconych: %1</translation>
    </message>
    <message>
        <source>%1 after %2 idle (pool time)</source>
        <translation>%1 po %2 bezczynności (czas puli)</translation>
    </message>
    <message numerus="yes">
        <source>no instance expired during the step (%n alive at its end)</source>
        <translation>
            <numerusform>żadna instancja nie wygasła w trakcie kroku (%n aktywna na jego końcu)</numerusform>
            <numerusform>żadna instancja nie wygasła w trakcie kroku (%n aktywne na jego końcu)</numerusform>
            <numerusform>żadna instancja nie wygasła w trakcie kroku (%n aktywnych na jego końcu)</numerusform>
        </translation>
    </message>
    <message>
        <source>no instance of %1 is left</source>
        <translation>nie pozostała żadna instancja %1</translation>
    </message>
    <message numerus="yes">
        <source>no instance expired; %n still warm at the step&apos;s end</source>
        <translation>
            <numerusform>żadna instancja nie wygasła; %n nadal ciepła na końcu kroku</numerusform>
            <numerusform>żadna instancja nie wygasła; %n nadal ciepłe na końcu kroku</numerusform>
            <numerusform>żadna instancja nie wygasła; %n nadal ciepłych na końcu kroku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled invocation(s) ran%1, %2 of them cold</source>
        <translation>
            <numerusform>wykonano %n zaplanowane wywołanie%1, %2 z nich zimnych</numerusform>
            <numerusform>wykonano %n zaplanowane wywołania%1, %2 z nich zimnych</numerusform>
            <numerusform>wykonano %n zaplanowanych wywołań%1, %2 z nich zimnych</numerusform>
        </translation>
    </message>
    <message>
        <source> over %1 of pool time</source>
        <translation> w ciągu %1 czasu puli</translation>
    </message>
    <message>
        <source>; expected at least %1</source>
        <translation>; oczekiwano co najmniej %1</translation>
    </message>
    <message numerus="yes">
        <source>during the step: %1 requests, %2 GB-s, $%3 billed, with %n instance(s) warm; the calls before it cost %4 GB-s and %5 requests ($%6)</source>
        <translation>
            <numerusform>w trakcie kroku: żądania: %1, %2 GB-s, naliczono $%3, przy %n ciepłej instancji; wywołania przed nim kosztowały %4 GB-s i %5 żądań ($%6)</numerusform>
            <numerusform>w trakcie kroku: żądania: %1, %2 GB-s, naliczono $%3, przy %n ciepłych instancjach; wywołania przed nim kosztowały %4 GB-s i %5 żądań ($%6)</numerusform>
            <numerusform>w trakcie kroku: żądania: %1, %2 GB-s, naliczono $%3, przy %n ciepłych instancjach; wywołania przed nim kosztowały %4 GB-s i %5 żądań ($%6)</numerusform>
        </translation>
    </message>
    <message>
        <source>; but no instance was warm, so nothing shows that idling is free</source>
        <translation>; ale żadna instancja nie była ciepła, więc nic nie pokazuje, że bezczynność jest darmowa</translation>
    </message>
    <message>
        <source>unknown check &quot;%1&quot;</source>
        <translation>nieznane sprawdzenie „%1”</translation>
    </message>
    <message>
        <source>wait for a sandbox made ahead of need</source>
        <translation>czekaj na piaskownicę przygotowaną zawczasu</translation>
    </message>
    <message>
        <source>wait for a sandbox made ahead of need (this backend makes none)</source>
        <translation>czekaj na piaskownicę przygotowaną zawczasu (ten backend ich nie tworzy)</translation>
    </message>
    <message>
        <source>no sandbox was made ahead of need within %1 s</source>
        <translation>w ciągu %1 s nie przygotowano zawczasu żadnej piaskownicy</translation>
    </message>
    <message>
        <source>from a sandbox prepared ahead of need</source>
        <translation>z piaskownicy przygotowanej zawczasu</translation>
    </message>
    <message>
        <source>with a sandbox made on demand</source>
        <translation>z piaskownicą utworzoną na żądanie</translation>
    </message>
    <message>
        <source>call %1 started instance %2 with a sandbox made on demand, not a prepared one</source>
        <translation>wywołanie %1 uruchomiło instancję %2 z piaskownicą utworzoną na żądanie, nie przygotowaną</translation>
    </message>
    <message>
        <source>call %1 started instance %2 from a prepared sandbox, not one made on demand</source>
        <translation>wywołanie %1 uruchomiło instancję %2 z przygotowanej piaskownicy, nie utworzonej na żądanie</translation>
    </message>
    <message>
        <source>call %1 started a new instance, %2, %3: whole start %4, init %5, then %6 in the handler</source>
        <translation>wywołanie %1 uruchomiło nową instancję, %2, %3: cały start %4, inicjalizacja %5, potem %6 w handlerze</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nie zmierzono</translation>
    </message>
    <message>
        <source>%1 cold start(s) made their sandbox on demand, %2 took one prepared ahead of need</source>
        <translation>zimne starty z piaskownicą utworzoną na żądanie: %1, z przygotowaną zawczasu: %2</translation>
    </message>
    <message>
        <source>; expected at least %1 on demand</source>
        <translation>; oczekiwano co najmniej %1 na żądanie</translation>
    </message>
    <message>
        <source>wait for a copy restored from the snapshot ahead of need</source>
        <translation>czekaj na kopię przywróconą zawczasu z migawki</translation>
    </message>
    <message>
        <source>wait for a copy restored from the snapshot ahead of need (none here: %1)</source>
        <translation>czekaj na kopię przywróconą zawczasu z migawki (tutaj żadnej: %1)</translation>
    </message>
    <message>
        <source>no copy was restored from the snapshot ahead of need within %1 s</source>
        <translation>w ciągu %1 s nie przywrócono zawczasu żadnej kopii z migawki</translation>
    </message>
    <message>
        <source>call %1 invoked $LATEST, which SnapStart does not apply to: Lambda takes snapshots of published versions only (invoke the alias)</source>
        <translation>wywołanie %1 wywołało $LATEST, do którego SnapStart się nie stosuje: Lambda robi migawki tylko opublikowanych wersji (wywołaj alias)</translation>
    </message>
    <message>
        <source>this machine cannot show it. %1. Call %2 started instance %3 cold as usual instead: init %4, then %5 in the handler</source>
        <translation>ta maszyna nie może tego pokazać. %1. Wywołanie %2 uruchomiło zamiast tego instancję %3 na zimno jak zwykle: inicjalizacja %4, potem %5 w handlerze</translation>
    </message>
    <message>
        <source>call %1 woke instance %2, restored from a snapshot: no init of its own</source>
        <translation>wywołanie %1 wybudziło instancję %2, przywróconą z migawki: bez własnej inicjalizacji</translation>
    </message>
    <message>
        <source>this machine cannot show it. The %1 backend makes no sandbox ahead of need (runc and crun do); call %2 made its sandbox on demand</source>
        <translation>ta maszyna nie może tego pokazać. Backend %1 nie przygotowuje piaskownic zawczasu (runc i crun to robią); wywołanie %2 utworzyło piaskownicę na żądanie</translation>
    </message>
    <message>
        <source>%1 needs two calls</source>
        <translation>%1 potrzebuje dwóch wywołań</translation>
    </message>
    <message>
        <source>: each drew its own (instances %1 and %2)</source>
        <translation>: każde wylosowało własną (instancje %1 i %2)</translation>
    </message>
    <message>
        <source>calls %1 and %2 both saw %3 = %4 on two instances (%5 and %6): made once, in the init that both started from</source>
        <translation>wywołania %1 i %2 widziały oba %3 = %4 na dwóch instancjach (%5 i %6): utworzone raz, w inicjalizacji, od której obie wystartowały</translation>
    </message>
    <message>
        <source>call %1 started instance %2 cold without SnapStart: %3</source>
        <translation>wywołanie %1 uruchomiło instancję %2 na zimno bez SnapStart: %3</translation>
    </message>
    <message>
        <source>%1 has no SnapStart (SnapStart: ApplyOn: PublishedVersions)</source>
        <translation>%1 nie ma SnapStart (SnapStart: ApplyOn: PublishedVersions)</translation>
    </message>
    <message>
        <source>call %1 woke instance %2, restored from a snapshot taken before: the init did not run</source>
        <translation>wywołanie %1 wybudziło instancję %2, przywróconą z wcześniej zrobionej migawki: inicjalizacja się nie wykonała</translation>
    </message>
    <message>
        <source>call %1 started instance %2 on demand and ran the init once, for the snapshot: Init Duration %3 (the init, the before-snapshot hooks and the checkpoint), then %4 in the handler</source>
        <translation>wywołanie %1 uruchomiło instancję %2 na żądanie i wykonało inicjalizację raz, dla migawki: Init Duration %3 (inicjalizacja, haki przed migawką i punkt kontrolny), potem %4 w handlerze</translation>
    </message>
    <message>
        <source>call %1 started instance %2 cold with an init of its own (%3), not restored from the snapshot</source>
        <translation>wywołanie %1 uruchomiło instancję %2 na zimno z własną inicjalizacją (%3), nie przywróconą z migawki</translation>
    </message>
    <message>
        <source>call %1 woke instance %2, %3: Restore Duration %4 (billed %5), no Init Duration, then %6 in the handler</source>
        <translation>wywołanie %1 wybudziło instancję %2, %3: Restore Duration %4 (rozliczone %5), bez Init Duration, potem %6 w handlerze</translation>
    </message>
    <message>
        <source>a copy restored from the snapshot ahead of need</source>
        <translation>kopię przywróconą zawczasu z migawki</translation>
    </message>
    <message>
        <source>restored from the snapshot on demand</source>
        <translation>przywróconą z migawki na żądanie</translation>
    </message>
</context>
<context>
    <name>Bullpen::LessonsFeature</name>
    <message>
        <source>Lessons</source>
        <translation>Lekcje</translation>
    </message>
    <message>
        <source>Lesson running: watch the Pool, Timeline and Pool Charts docks.</source>
        <translation>Lekcja trwa: obserwuj panele „Pula”, „Oś czasu” i „Wykresy puli”.</translation>
    </message>
    <message>
        <source>This is your copy of the lesson&apos;s project: change the code, save, and replay the lesson.</source>
        <translation>To twoja kopia projektu lekcji: zmień kod, zapisz i odtwórz lekcję ponownie.</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lekcje</translation>
    </message>
    <message>
        <source>Lessons: cold and warm starts, state, scale-out, keep-alive, warm-up, provisioned concurrency, throttling, cost, played on real containers</source>
        <translation>Lekcje: zimne i ciepłe starty, stan, skalowanie, podtrzymanie, rozgrzewanie, zapewniona współbieżność, dławienie, koszt, odtwarzane na prawdziwych kontenerach</translation>
    </message>
</context>
<context>
    <name>Bullpen::LessonsWidget</name>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Odtwórz</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>&amp;Wstrzymaj</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Krok</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Powtórz</translation>
    </message>
    <message>
        <source>&amp;Open the function</source>
        <translation>&amp;Otwórz funkcję</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lekcje</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <source>The step&apos;s text and checks</source>
        <translation>Tekst i sprawdzenia kroku</translation>
    </message>
    <message>
        <source>Play the lesson from here to its end</source>
        <translation>Odtwórz lekcję stąd do końca</translation>
    </message>
    <message>
        <source>Stop after the step in progress</source>
        <translation>Zatrzymaj po bieżącym kroku</translation>
    </message>
    <message>
        <source>Play the next step, then pause</source>
        <translation>Odtwórz następny krok, potem wstrzymaj</translation>
    </message>
    <message>
        <source>Stop the lesson&apos;s instances and start again from the first step</source>
        <translation>Zatrzymaj instancje lekcji i zacznij od pierwszego kroku</translation>
    </message>
    <message>
        <source>Open the lesson&apos;s project (your copy, in the data folder) and its function&apos;s code: change it and play the lesson again</source>
        <translation>Otwórz projekt lekcji (twoją kopię w folderze danych) i kod jej funkcji: zmień go i odtwórz lekcję ponownie</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Press Play to run the whole lesson, or Step to go one step at a time. Its function runs in real containers; the Pool, Timeline and Pool Charts docks narrate it.</source>
        <translation>Naciśnij „Odtwórz”, aby przejść całą lekcję, lub „Krok”, aby iść krok po kroku. Jej funkcja działa w prawdziwych kontenerach; panele „Pula”, „Oś czasu” i „Wykresy puli” pokazują przebieg.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Krok %1 z %2</translation>
    </message>
    <message>
        <source>What to notice:</source>
        <translation>Na co zwrócić uwagę:</translation>
    </message>
    <message>
        <source>Running:</source>
        <translation>Trwa:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Co się stało:</translation>
    </message>
    <message>
        <source>Could not run:</source>
        <translation>Nie udało się uruchomić:</translation>
    </message>
    <message>
        <source>✔ holds:</source>
        <translation>✔ spełnione:</translation>
    </message>
    <message>
        <source>✘ does not hold:</source>
        <translation>✘ niespełnione:</translation>
    </message>
    <message>
        <source>Done (this step only prepares the next).</source>
        <translation>Gotowe (ten krok tylko przygotowuje następny).</translation>
    </message>
    <message>
        <source>The lesson cannot run: %1</source>
        <translation>Nie można uruchomić lekcji: %1</translation>
    </message>
    <message>
        <source>Step %1 is running…</source>
        <translation>Trwa krok %1…</translation>
    </message>
    <message>
        <source>Step %1: every check holds.</source>
        <translation>Krok %1: wszystkie sprawdzenia przeszły.</translation>
    </message>
    <message>
        <source>Step %1: a check does not hold; see why above.</source>
        <translation>Krok %1: jedno ze sprawdzeń nie przeszło; powód jest wyżej.</translation>
    </message>
    <message>
        <source>Lesson done: every check held. Change the function (Open the function) and replay it to see what your change does.</source>
        <translation>Lekcja zakończona: wszystkie sprawdzenia przeszły. Zmień funkcję („Otwórz funkcję”) i odtwórz lekcję ponownie, aby zobaczyć skutki zmiany.</translation>
    </message>
    <message>
        <source>Lesson done, with checks that did not hold (marked above).</source>
        <translation>Lekcja zakończona, ale niektóre sprawdzenia nie przeszły (oznaczone wyżej).</translation>
    </message>
    <message>
        <source>Pausing after the step in progress.</source>
        <translation>Wstrzymanie po bieżącym kroku.</translation>
    </message>
    <message>
        <source>⊘ not shown here:</source>
        <translation>⊘ nie pokazano tutaj:</translation>
    </message>
    <message>
        <source>Step %1: this machine cannot show all of it; see why above.</source>
        <translation>Krok %1: ta maszyna nie może pokazać wszystkiego; dlaczego, widać wyżej.</translation>
    </message>
    <message numerus="yes">
        <source>Lesson done: every check held that this machine can show; %n could not be shown here (marked above, with why).</source>
        <translation>
            <numerusform>Lekcja skończona: przeszły wszystkie sprawdzenia, które ta maszyna może pokazać; %n nie dało się tu pokazać (zaznaczone wyżej, z powodem).</numerusform>
            <numerusform>Lekcja skończona: przeszły wszystkie sprawdzenia, które ta maszyna może pokazać; %n nie dały się tu pokazać (zaznaczone wyżej, z powodem).</numerusform>
            <numerusform>Lekcja skończona: przeszły wszystkie sprawdzenia, które ta maszyna może pokazać; %n nie dało się tu pokazać (zaznaczone wyżej, z powodem).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::LoadLabPanel</name>
    <message>
        <source>Load</source>
        <translation>Obciążenie</translation>
    </message>
    <message>
        <source>Keep-alive policies</source>
        <translation>Strategie podtrzymania</translation>
    </message>
    <message>
        <source>Load Lab</source>
        <translation>Laboratorium obciążenia</translation>
    </message>
    <message>
        <source>Load running: the Pool, Timeline and Pool Charts docks show it live.</source>
        <translation>Obciążenie trwa: panele „Pula”, „Oś czasu” i „Wykresy puli” pokazują je na żywo.</translation>
    </message>
    <message>
        <source>&amp;Load Lab</source>
        <translation>&amp;Laboratorium obciążenia</translation>
    </message>
    <message>
        <source>Drive a function with an arrival process or a trace; compare keep-alive policies</source>
        <translation>Obciąż funkcję procesem przybyć lub śladem; porównaj strategie podtrzymania</translation>
    </message>
</context>
<context>
    <name>Bullpen::LoadLabWidget</name>
    <message>
        <source>Poisson arrivals, seed</source>
        <translation>Przybycia Poissona, ziarno</translation>
    </message>
    <message>
        <source>Start load</source>
        <translation>Uruchom obciążenie</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <source>Export calls (CSV)…</source>
        <translation>Eksportuj wywołania (CSV)…</translation>
    </message>
    <message>
        <source>Export summary (JSON)…</source>
        <translation>Eksportuj podsumowanie (JSON)…</translation>
    </message>
    <message>
        <source>Shapes…</source>
        <translation>Profile…</translation>
    </message>
    <message>
        <source>Constant 10/s</source>
        <translation>Stałe 10/s</translation>
    </message>
    <message>
        <source>Poisson 10/s</source>
        <translation>Poisson 10/s</translation>
    </message>
    <message>
        <source>Steps 1, 5, 20/s</source>
        <translation>Schodki 1, 5, 20/s</translation>
    </message>
    <message>
        <source>Ramp 0 → 50/s</source>
        <translation>Narastanie 0 → 50/s</translation>
    </message>
    <message>
        <source>Burst of 100/s</source>
        <translation>Seria 100/s</translation>
    </message>
    <message>
        <source>Sine 10 ± 8/s, 1 min</source>
        <translation>Sinusoida 10 ± 8/s, 1 min</translation>
    </message>
    <message>
        <source>Diurnal 5 ± 4/s</source>
        <translation>Dobowe 5 ± 4/s</translation>
    </message>
    <message>
        <source> pool s</source>
        <translation> s puli</translation>
    </message>
    <message>
        <source>The pool clock&apos;s speed for this load (arrivals and keep-alive); handlers still take real time</source>
        <translation>Szybkość zegara puli dla tego obciążenia (przybycia i podtrzymanie); handlery nadal działają w czasie rzeczywistym</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <source>Calls in flight at most; later ones wait and are counted as queued</source>
        <translation>Najwyżej tyle wywołań w toku; kolejne czekają i są liczone jako w kolejce</translation>
    </message>
    <message>
        <source>none: use the shape</source>
        <translation>brak: użyj profilu</translation>
    </message>
    <message>
        <source>A CSV of &apos;offset_ms,function&apos; lines, or an Azure Functions 2019 per-minute count file</source>
        <translation>Plik CSV z wierszami „offset_ms,function” albo plik liczników minutowych Azure Functions 2019</translation>
    </message>
    <message>
        <source>round-robin</source>
        <translation>po kolei (round-robin)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Funkcja:</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Czas trwania:</translation>
    </message>
    <message>
        <source>Trace:</source>
        <translation>Ślad:</translation>
    </message>
    <message>
        <source>Azure mapping:</source>
        <translation>Mapowanie Azure:</translation>
    </message>
    <message>
        <source>Pool clock:</source>
        <translation>Zegar puli:</translation>
    </message>
    <message>
        <source>Concurrency cap:</source>
        <translation>Limit współbieżności:</translation>
    </message>
    <message>
        <source>The summary of the last load appears here.</source>
        <translation>Tutaj pojawia się podsumowanie ostatniego obciążenia.</translation>
    </message>
    <message>
        <source>Load lab</source>
        <translation>Laboratorium obciążenia</translation>
    </message>
    <message>
        <source>The pool clock will run %1× faster than real time: arrivals and keep-alive follow it, handlers still take real time. This is not a real-time result: concurrency and cold starts will be higher than the same load in real time.</source>
        <translation>Zegar puli będzie biegł %1× szybciej niż czas rzeczywisty: przybycia i podtrzymanie podążają za nim, handlery nadal działają w czasie rzeczywistym. To nie jest wynik w czasie rzeczywistym: współbieżność i liczba zimnych startów będą wyższe niż przy tym samym obciążeniu w czasie rzeczywistym.</translation>
    </message>
    <message>
        <source>Open a project with a function first.</source>
        <translation>Najpierw otwórz projekt z funkcją.</translation>
    </message>
    <message>
        <source>%1 for %2 s</source>
        <translation>%1 przez %2 s</translation>
    </message>
    <message>
        <source>The trace calls &apos;%1&apos;, which the project does not have; its functions are: %2</source>
        <translation>Ślad wywołuje „%1”, której projekt nie ma; jego funkcje to: %2</translation>
    </message>
    <message>
        <source>trace %1</source>
        <translation>ślad %1</translation>
    </message>
    <message>
        <source>The load has no arrivals (a rate of 0, or too short a duration).</source>
        <translation>Obciążenie nie ma przybyć (częstość 0 lub zbyt krótki czas).</translation>
    </message>
    <message>
        <source>A load is running; stop it first.</source>
        <translation>Trwa obciążenie; najpierw je zatrzymaj.</translation>
    </message>
    <message>
        <source>Arrived %1 of %2 · in flight %3 · queued %4 · done %5 · cold %6 · warm %7 · throttled %8 · errors %9 · peak instances %10</source>
        <translation>Przybyło %1 z %2 · w toku %3 · w kolejce %4 · gotowe %5 · zimne %6 · ciepłe %7 · dławione %8 · błędy %9 · szczyt instancji %10</translation>
    </message>
    <message>
        <source>Trace to replay</source>
        <translation>Ślad do odtworzenia</translation>
    </message>
    <message>
        <source>Traces (*.csv);;All files (*)</source>
        <translation>Ślady (*.csv);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>No load has run yet.</source>
        <translation>Żadne obciążenie jeszcze nie działało.</translation>
    </message>
    <message>
        <source>No load has finished yet.</source>
        <translation>Żadne obciążenie jeszcze się nie zakończyło.</translation>
    </message>
    <message>
        <source>Export the summary</source>
        <translation>Eksportuj podsumowanie</translation>
    </message>
    <message>
        <source>Export the calls</source>
        <translation>Eksportuj wywołania</translation>
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
        <translation>Wynik nie w czasie rzeczywistym: zegar puli biegł %1× szybciej niż czas rzeczywisty. Napływ i podtrzymanie podążają za zegarem puli, ale handlery nadal zajmują czas rzeczywisty, więc współbieżność i zimne starty są wyższe, niż dałoby to samo obciążenie w czasie rzeczywistym.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>p50 %1 ms, p95 %2 ms, p99 %3 ms (%4)</source>
        <translation>p50 %1 ms, p95 %2 ms, p99 %3 ms (%4)</translation>
    </message>
    <message>
        <source>Load: %1 on %2</source>
        <translation>Obciążenie: %1 na %2</translation>
    </message>
    <message>
        <source>Requests: %1 of %2 planned arrivals%3</source>
        <translation>Żądania: %1 z %2 zaplanowanych nadejść%3</translation>
    </message>
    <message>
        <source> (stopped early)</source>
        <translation> (zatrzymano wcześniej)</translation>
    </message>
    <message>
        <source>Cold starts: %1 (%2 % of the calls that reached an instance), warm: %3</source>
        <translation>Zimne starty: %1 (%2 % wywołań, które dotarły do instancji), ciepłe: %3</translation>
    </message>
    <message>
        <source>Latency, all: %1</source>
        <translation>Opóźnienie, wszystkie: %1</translation>
    </message>
    <message>
        <source>Latency, cold: %1</source>
        <translation>Opóźnienie, zimne: %1</translation>
    </message>
    <message>
        <source>Latency, warm: %1</source>
        <translation>Opóźnienie, ciepłe: %1</translation>
    </message>
    <message>
        <source>Throttles: %1, errors: %2, queued at the cap: %3 (at most %4 waiting)</source>
        <translation>Dławienia: %1, błędy: %2, w kolejce przy limicie: %3 (najwyżej %4 oczekujących)</translation>
    </message>
    <message>
        <source>Peak instances: %1, peak in flight: %2</source>
        <translation>Szczyt instancji: %1, szczyt w toku: %2</translation>
    </message>
    <message>
        <source>GB-seconds: %1, cost: $%2</source>
        <translation>GB-sekundy: %1, koszt: $%2</translation>
    </message>
    <message>
        <source>Arrivals: %1 per real second achieved, at most %2 ms late (pool)</source>
        <translation>Nadejścia: osiągnięto %1 na sekundę rzeczywistą, najwyżej %2 ms opóźnienia (pula)</translation>
    </message>
</context>
<context>
    <name>Bullpen::LogView</name>
    <message>
        <source>The logs of the selected invocation appear here.</source>
        <translation>Tutaj pojawiają się logi zaznaczonego wywołania.</translation>
    </message>
    <message>
        <source>Running: %1 s of %2 s timeout</source>
        <translation>Trwa: %1 s z limitu %2 s</translation>
    </message>
    <message>
        <source>Running: %1 s</source>
        <translation>Trwa: %1 s</translation>
    </message>
</context>
<context>
    <name>Bullpen::MainWindow</name>
    <message>
        <source>Saved all changes</source>
        <translation>Zapisano wszystkie zmiany</translation>
    </message>
    <message>
        <source>Could not open the project: %1</source>
        <translation>Nie można otworzyć projektu: %1</translation>
    </message>
    <message>
        <source>template.yaml has an error; the last good version stays in use: %1</source>
        <translation>template.yaml zawiera błąd; nadal używana jest ostatnia poprawna wersja: %1</translation>
    </message>
    <message>
        <source>Opened project %1</source>
        <translation>Otwarto projekt %1</translation>
    </message>
    <message>
        <source>Could not create the project: %1</source>
        <translation>Nie można utworzyć projektu: %1</translation>
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
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>Otwórz &amp;projekt…</translation>
    </message>
    <message>
        <source>New Pro&amp;ject…</source>
        <translation>Nowy pro&amp;jekt…</translation>
    </message>
    <message>
        <source>&amp;Recent Projects</source>
        <translation>&amp;Ostatnie projekty</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Za&amp;mknij projekt</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Uruchamianie</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Narzędzia</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Główny</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Zakoń&amp;cz</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencje…</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panele</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentacja</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <source>&amp;About Bullpen</source>
        <translation>&amp;O Bullpenie</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Polecenie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <source>The documentation (README.md) was not found beside Bullpen.</source>
        <translation>Nie znaleziono dokumentacji (README.md) obok Bullpena.</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation>„%1” ma niezapisane zmiany. Zapisać je?</translation>
    </message>
    <message>
        <source>These have unsaved changes:&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;Save them all?</source>
        <translation>Niezapisane zmiany mają:&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;Zapisać wszystkie?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Plik zmienił się na dysku</translation>
    </message>
    <message>
        <source>“%1” was changed by another program, and you have unsaved edits in it.

Reload it from the disk and lose your edits?</source>
        <translation>„%1” został zmieniony przez inny program, a ty masz w nim niezapisane zmiany.

Wczytać go ponownie z dysku i utracić swoje zmiany?</translation>
    </message>
    <message>
        <source>Bullpen</source>
        <translation>Bullpen</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>Otwórz plik</translation>
    </message>
    <message>
        <source>Save File As</source>
        <translation>Zapisz plik jako</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Otwórz projekt</translation>
    </message>
    <message>
        <source>SAM templates (template.yaml template.yml template.json *.yaml *.yml);;All files (*)</source>
        <translation>Szablony SAM (template.yaml template.yml template.json *.yaml *.yml);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>About Bullpen</source>
        <translation>O Bullpenie</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bullpen %1&lt;/h3&gt;&lt;p&gt;Develop AWS-Lambda-style functions on your own machine: open a SAM project, edit handlers, build events, and run them in a local warm pool of containers that speaks Lambda&apos;s Runtime API.&lt;/p&gt;&lt;p&gt;Engine: %2.&lt;/p&gt;&lt;p&gt;Syntax highlighting by KDE&apos;s KSyntaxHighlighting. Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bullpen %1&lt;/h3&gt;&lt;p&gt;Twórz funkcje w stylu AWS Lambda na własnym komputerze: otwórz projekt SAM, edytuj handlery, twórz zdarzenia i uruchamiaj je w lokalnej puli ciepłych kontenerów, która mówi językiem Runtime API Lambdy.&lt;/p&gt;&lt;p&gt;Silnik: %2.&lt;/p&gt;&lt;p&gt;Podświetlanie składni: KSyntaxHighlighting od KDE. Zbudowano z Qt %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Bullpen::NewProjectDialog</name>
    <message>
        <source>New Project</source>
        <translation>Nowy projekt</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>Create the Project In</source>
        <translation>Utwórz projekt w</translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation>&amp;Przykład:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Położenie:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
    <message>
        <source>Give the project a folder name.</source>
        <translation>Nadaj projektowi nazwę folderu.</translation>
    </message>
    <message>
        <source>The location is not a folder.</source>
        <translation>To położenie nie jest folderem.</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty.</source>
        <translation>%1 już istnieje i nie jest pusty.</translation>
    </message>
</context>
<context>
    <name>Bullpen::PolicyLabView</name>
    <message>
        <source>Run the synthetic day</source>
        <translation>Uruchom syntetyczny dzień</translation>
    </message>
    <message>
        <source>Run a trace…</source>
        <translation>Uruchom ślad…</translation>
    </message>
    <message>
        <source> functions</source>
        <translation> funkcji</translation>
    </message>
    <message>
        <source>Functions in the synthetic day (the distributions of Shahrad et al., ATC 2020)</source>
        <translation>Funkcje w syntetycznym dniu (rozkłady Shahrad i in., ATC 2020)</translation>
    </message>
    <message>
        <source>One container per application (the paper&apos;s model)</source>
        <translation>Jeden kontener na aplikację (model z artykułu)</translation>
    </message>
    <message>
        <source>One call per instance (Lambda&apos;s rule)</source>
        <translation>Jedno wywołanie na instancję (reguła Lambdy)</translation>
    </message>
    <message>
        <source>The paper simulates one container per application that serves every call; Lambda and Bullpen&apos;s pool run one call per instance and scale out, each idle instance with its own keep-alive</source>
        <translation>Artykuł symuluje jeden kontener na aplikację, który obsługuje każde wywołanie; Lambda i pula Bullpena wykonują jedno wywołanie na instancję i skalują się, każda bezczynna instancja z własnym podtrzymaniem</translation>
    </message>
    <message>
        <source>The pool&apos;s model (no containers) under keep-alive policies: none, fixed 1, 5, 10, 20, 45, 60 and 120 minutes, and the hybrid histogram policy of Shahrad et al. (USENIX ATC 2020) with the histogram ranges of its Fig. 15: 2, 3 and 4 hours.</source>
        <translation>Model puli (bez kontenerów) przy strategiach podtrzymania: brak, stałe 1, 5, 10, 20, 45, 60 i 120 minut oraz hybrydowa strategia histogramowa Shahrad i in. (USENIX ATC 2020) z zakresami histogramu z jej rys. 15: 2, 3 i 4 godziny.</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Strategia</translation>
    </message>
    <message>
        <source>Cold starts</source>
        <translation>Zimne starty</translation>
    </message>
    <message>
        <source>3rd quartile of functions&apos; cold %</source>
        <translation>3. kwartyl odsetka zimnych startów funkcji</translation>
    </message>
    <message>
        <source>Wasted GB-s</source>
        <translation>Zmarnowane GB-s</translation>
    </message>
    <message>
        <source>vs fixed 10 min</source>
        <translation>wobec stałych 10 min</translation>
    </message>
    <message>
        <source>Cold starts per function (CDF)</source>
        <translation>Zimne starty na funkcję (dystrybuanta)</translation>
    </message>
    <message>
        <source>Cold starts against wasted memory</source>
        <translation>Zimne starty a zmarnowana pamięć</translation>
    </message>
    <message>
        <source>Trace for the policy lab</source>
        <translation>Ślad dla laboratorium strategii</translation>
    </message>
    <message>
        <source>Traces (*.csv);;All files (*)</source>
        <translation>Ślady (*.csv);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Policy lab</source>
        <translation>Laboratorium strategii</translation>
    </message>
    <message>
        <source>%1 (%2 ms per call, %3 MB)</source>
        <translation>%1 (%2 ms na wywołanie, %3 MB)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 z %2 (%3%)</translation>
    </message>
    <message>
        <source>Cold-start % of a function&apos;s calls</source>
        <translation>Odsetek zimnych startów wśród wywołań funkcji</translation>
    </message>
    <message>
        <source>% of functions</source>
        <translation>% funkcji</translation>
    </message>
    <message>
        <source>Wasted memory time, % of fixed 10 min</source>
        <translation>Zmarnowany czas pamięci, % stałych 10 min</translation>
    </message>
    <message>
        <source>3rd quartile of functions&apos; cold-start %</source>
        <translation>3. kwartyl odsetka zimnych startów funkcji (%)</translation>
    </message>
    <message numerus="yes">
        <source>a synthetic day of %n functions (seed %1)</source>
        <translation>
            <numerusform>syntetyczny dzień %n funkcji (ziarno %1)</numerusform>
            <numerusform>syntetyczny dzień %n funkcji (ziarno %1)</numerusform>
            <numerusform>syntetyczny dzień %n funkcji (ziarno %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running %n calls of %1 through the model…</source>
        <translation>
            <numerusform>Przepuszczanie %n wywołania z %1 przez model…</numerusform>
            <numerusform>Przepuszczanie %n wywołań z %1 przez model…</numerusform>
            <numerusform>Przepuszczanie %n wywołań z %1 przez model…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::PoolCharts</name>
    <message>
        <source>Latency (real time; a cold start&apos;s init included)</source>
        <translation>Opóźnienie (czas rzeczywisty; z inicjalizacją zimnego startu)</translation>
    </message>
    <message>
        <source>Instances and concurrency (pool clock)</source>
        <translation>Instancje i współbieżność (zegar puli)</translation>
    </message>
    <message>
        <source>Cold-start ratio (pool clock)</source>
        <translation>Odsetek zimnych startów (zegar puli)</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Zimny</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Ciepły</translation>
    </message>
    <message>
        <source>Invocations</source>
        <translation>Wywołania</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instancje</translation>
    </message>
    <message>
        <source>Concurrency (peak)</source>
        <translation>Współbieżność (szczyt)</translation>
    </message>
    <message>
        <source>Pool time (s)</source>
        <translation>Czas puli (s)</translation>
    </message>
    <message>
        <source>Cold starts / invocations (%)</source>
        <translation>Zimne starty / wywołania (%)</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Opóźnienie</translation>
    </message>
    <message>
        <source>Cold starts</source>
        <translation>Zimne starty</translation>
    </message>
</context>
<context>
    <name>Bullpen::PoolFeature</name>
    <message>
        <source>That invocation was not run from this window; it has no history entry.</source>
        <translation>To wywołanie nie zostało uruchomione z tego okna; nie ma wpisu w historii.</translation>
    </message>
</context>
<context>
    <name>Bullpen::PoolPanel</name>
    <message>
        <source>Pool</source>
        <translation>Pula</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <source>Pool Charts</source>
        <translation>Wykresy puli</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instancja</translation>
    </message>
    <message>
        <source>&amp;Pool</source>
        <translation>&amp;Pula</translation>
    </message>
    <message>
        <source>&amp;Stop Instance</source>
        <translation>&amp;Zatrzymaj instancję</translation>
    </message>
    <message>
        <source>Choose an instance in the pool view first (click it, or move to it with the arrow keys).</source>
        <translation>Najpierw wybierz instancję w widoku puli (kliknij ją lub przejdź do niej strzałkami).</translation>
    </message>
    <message>
        <source>Stop the pool view&apos;s current instance; the next call of its function is cold</source>
        <translation>Zatrzymaj bieżącą instancję widoku puli; następne wywołanie jej funkcji będzie zimne</translation>
    </message>
    <message>
        <source>&amp;Expire All Idle Instances Now</source>
        <translation>Wy&amp;gaś teraz wszystkie bezczynne instancje</translation>
    </message>
    <message>
        <source>&amp;Pre-warm Instances…</source>
        <translation>&amp;Rozgrzej instancje…</translation>
    </message>
    <message>
        <source>Initialise instances of the chosen function ahead of any call</source>
        <translation>Zainicjalizuj instancje wybranej funkcji przed jakimkolwiek wywołaniem</translation>
    </message>
    <message>
        <source>Pool &amp;Clock</source>
        <translation>&amp;Zegar puli</translation>
    </message>
    <message>
        <source>Real Time</source>
        <translation>Czas rzeczywisty</translation>
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
        <translation>Oś czasu &amp;podąża na żywo</translation>
    </message>
    <message>
        <source>&amp;Replay a Trace…</source>
        <translation>&amp;Odtwórz ślad…</translation>
    </message>
    <message>
        <source>Replay a Pool Trace</source>
        <translation>Odtwórz ślad puli</translation>
    </message>
    <message>
        <source>Pool traces (*.jsonl *.json);;All files (*)</source>
        <translation>Ślady puli (*.jsonl *.json);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>&amp;Clear Timeline and Charts</source>
        <translation>&amp;Wyczyść oś czasu i wykresy</translation>
    </message>
    <message>
        <source>&amp;Pre-warm Instances of %1…</source>
        <translation>&amp;Rozgrzej instancje %1…</translation>
    </message>
    <message>
        <source>&amp;Stop Instance %1</source>
        <translation>&amp;Zatrzymaj instancję %1</translation>
    </message>
    <message>
        <source>Instance %1 is not running.</source>
        <translation>Instancja %1 nie działa.</translation>
    </message>
    <message>
        <source>Stopped instance %1: the next call of its function starts a new one (cold) unless another is idle.</source>
        <translation>Zatrzymano instancję %1: następne wywołanie jej funkcji uruchomi nową (zimny start), chyba że inna jest bezczynna.</translation>
    </message>
    <message>
        <source>No idle on-demand instance to expire (provisioned ones never expire).</source>
        <translation>Brak bezczynnej instancji na żądanie do wygaszenia (zapewnione nigdy nie wygasają).</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n idle instance(s) now.</source>
        <translation>
            <numerusform>Wygaszono teraz %n bezczynną instancję.</numerusform>
            <numerusform>Wygaszono teraz %n bezczynne instancje.</numerusform>
            <numerusform>Wygaszono teraz %n bezczynnych instancji.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a function of the open project.</source>
        <translation>%1 nie jest funkcją otwartego projektu.</translation>
    </message>
    <message>
        <source>The engine cannot run here: %1</source>
        <translation>Silnik nie może tu działać: %1</translation>
    </message>
    <message>
        <source>Cannot pre-warm %1: %2</source>
        <translation>Nie można rozgrzać %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Pre-warming %n instance(s) of %1: their init is on no caller&apos;s path.</source>
        <translation>
            <numerusform>Rozgrzewanie %n instancji %1: jej inicjalizacja nie opóźnia żadnego wywołującego.</numerusform>
            <numerusform>Rozgrzewanie %n instancji %1: ich inicjalizacja nie opóźnia żadnego wywołującego.</numerusform>
            <numerusform>Rozgrzewanie %n instancji %1: ich inicjalizacja nie opóźnia żadnego wywołującego.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a function to pre-warm first.</source>
        <translation>Najpierw wybierz funkcję do rozgrzania.</translation>
    </message>
    <message>
        <source>Pre-warm %1</source>
        <translation>Rozgrzej %1</translation>
    </message>
    <message>
        <source>Instances of %1 to initialise now, ahead of any call:</source>
        <translation>Instancje %1 do zainicjalizowania teraz, przed jakimkolwiek wywołaniem:</translation>
    </message>
    <message numerus="yes">
        <source>Pre-warming %1 of %n instances of %2 (the instance cap allows no more).</source>
        <translation>
            <numerusform>Podgrzewanie %1 z %n instancji %2 (limit instancji nie pozwala na więcej).</numerusform>
            <numerusform>Podgrzewanie %1 z %n instancji %2 (limit instancji nie pozwala na więcej).</numerusform>
            <numerusform>Podgrzewanie %1 z %n instancji %2 (limit instancji nie pozwala na więcej).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::PoolStateModel</name>
    <message>
        <source>Starting (init done)</source>
        <translation>Startuje (inicjalizacja gotowa)</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startuje</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bezczynna</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Zajęta</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Wygasła</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>Awaria</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Przekroczono limit czasu</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Brak pamięci</translation>
    </message>
    <message>
        <source>Init failed</source>
        <translation>Inicjalizacja nieudana</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Zatrzymana</translation>
    </message>
    <message>
        <source>%1 busy · %2 idle · %3 starting</source>
        <translation>zajęte: %1 · bezczynne: %2 · startujące: %3</translation>
    </message>
    <message>
        <source>%1 / %2 MB</source>
        <translation>%1 / %2 MB</translation>
    </message>
    <message>
        <source>Function / instance</source>
        <translation>Funkcja / instancja</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Invocations</source>
        <translation>Wywołania</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Pamięć</translation>
    </message>
</context>
<context>
    <name>Bullpen::PoolSummaryBar</name>
    <message>
        <source>Real time</source>
        <translation>Czas rzeczywisty</translation>
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
        <translation>Zegar puli: według niego biegną podtrzymanie, harmonogramy i czas zapewnionych instancji. Limit czasu handlera to zawsze czas rzeczywisty.</translation>
    </message>
    <message>
        <source>What these invocations would cost on AWS Lambda at the on-demand prices in Preferences: requests plus GB-seconds (billed duration × memory). An idle on-demand pool costs nothing.</source>
        <translation>Ile te wywołania kosztowałyby w AWS Lambda według cen na żądanie z Preferencji: żądania plus GB-sekundy (rozliczony czas × pamięć). Bezczynna pula na żądanie nic nie kosztuje.</translation>
    </message>
    <message>
        <source> · cold %1 / warm %2 (%3 % cold)</source>
        <translation> · zimne %1 / ciepłe %2 (%3% zimnych)</translation>
    </message>
    <message>
        <source> · %1 throttled</source>
        <translation> · dławione: %1</translation>
    </message>
    <message>
        <source> · memory %1 of %2 MB</source>
        <translation> · pamięć %1 z %2 MB</translation>
    </message>
    <message>
        <source>Pool clock %1:%2:%3</source>
        <translation>Zegar puli %1:%2:%3</translation>
    </message>
    <message>
        <source> · idle: costs nothing</source>
        <translation> · bezczynna: nic nie kosztuje</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instances · %1 busy · %2 idle · %3 starting</source>
        <translation>
            <numerusform>%Ln instancja · zajęte: %1 · bezczynne: %2 · uruchamiane: %3</numerusform>
            <numerusform>%Ln instancje · zajęte: %1 · bezczynne: %2 · uruchamiane: %3</numerusform>
            <numerusform>%Ln instancji · zajęte: %1 · bezczynne: %2 · uruchamiane: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests · %1 GB-s · $%2</source>
        <translation>
            <numerusform>%Ln żądanie · %1 GB-s · $%2</numerusform>
            <numerusform>%Ln żądania · %1 GB-s · $%2</numerusform>
            <numerusform>%Ln żądań · %1 GB-s · $%2</numerusform>
        </translation>
    </message>
    <message>
        <source> · sandbox prepared %1 / on demand %2</source>
        <translation> · piaskownica przygotowana %1 / na żądanie %2</translation>
    </message>
    <message>
        <source>A cold start with its sandbox prepared found one made ahead of need (runc create done before the call); on demand, its sandbox was made for it. Counted when the cold start&apos;s invocation finishes.</source>
        <translation>Zimny start z przygotowaną piaskownicą zastał piaskownicę utworzoną zawczasu (runc create wykonane przed wywołaniem); na żądanie piaskownica została utworzona dla niego. Liczone, gdy wywołanie zimnego startu się kończy.</translation>
    </message>
    <message>
        <source> · restored from snapshot %1</source>
        <translation> · przywrócone z migawki %1</translation>
    </message>
</context>
<context>
    <name>Bullpen::PoolTraceReplay</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: not a pool event</source>
        <translation>%1, wiersz %2: to nie jest zdarzenie puli</translation>
    </message>
</context>
<context>
    <name>Bullpen::PoolView</name>
    <message>
        <source>Warm pool</source>
        <translation>Pula ciepłych instancji</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source> (provisioned)</source>
        <translation> (zapewniona)</translation>
    </message>
    <message>
        <source> (pre-warmed)</source>
        <translation> (rozgrzana)</translation>
    </message>
    <message>
        <source>Process: pid %1</source>
        <translation>Proces: PID %1</translation>
    </message>
    <message>
        <source>Process: not started yet (the sandbox is being made)</source>
        <translation>Proces: jeszcze nieuruchomiony (trwa tworzenie piaskownicy)</translation>
    </message>
    <message>
        <source>Age: %1 (pool clock)</source>
        <translation>Wiek: %1 (zegar puli)</translation>
    </message>
    <message>
        <source>Init: %1 ms</source>
        <translation>Inicjalizacja: %1 ms</translation>
    </message>
    <message>
        <source>Invocations served: %1</source>
        <translation>Obsłużone wywołania: %1</translation>
    </message>
    <message>
        <source>Memory now: %1 MB of %2 MB</source>
        <translation>Pamięć teraz: %1 MB z %2 MB</translation>
    </message>
    <message>
        <source>Memory now: not sampled yet (%1 MB reserved)</source>
        <translation>Pamięć teraz: jeszcze nie zmierzona (zarezerwowano %1 MB)</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Trwa: %1</translation>
    </message>
    <message>
        <source>Last request: %1</source>
        <translation>Ostatnie żądanie: %1</translation>
    </message>
    <message>
        <source>Timeout: %1</source>
        <translation>Limit czasu: %1</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>piaskownica</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>gotowa</translation>
    </message>
    <message>
        <source>init</source>
        <translation>inicjalizacja</translation>
    </message>
    <message>
        <source>pre-warming</source>
        <translation>rozgrzewanie</translation>
    </message>
    <message>
        <source>provisioning</source>
        <translation>zapewnianie</translation>
    </message>
    <message>
        <source>cold start</source>
        <translation>zimny start</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>bezczynna</translation>
    </message>
    <message>
        <source>kept warm</source>
        <translation>utrzymywana ciepła</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>wygasła</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>awaria</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>przekroczono limit czasu</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>brak pamięci</translation>
    </message>
    <message>
        <source>init failed</source>
        <translation>inicjalizacja nieudana</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>zatrzymana</translation>
    </message>
    <message>
        <source>The pool is empty. Invoke a function and its instances appear here.</source>
        <translation>Pula jest pusta. Wywołaj funkcję, a jej instancje pojawią się tutaj.</translation>
    </message>
    <message>
        <source> · %1 provisioned</source>
        <translation> · zapewnione: %1</translation>
    </message>
    <message>
        <source> · cold %1 / warm %2 (%3 % cold)</source>
        <translation> · zimne %1 / ciepłe %2 (%3% zimnych)</translation>
    </message>
    <message>
        <source> · %1 throttled</source>
        <translation> · dławione: %1</translation>
    </message>
    <message>
        <source> · %1 waiting</source>
        <translation> · czekające: %1</translation>
    </message>
    <message>
        <source> · %1 / %2 MB</source>
        <translation> · %1 / %2 MB</translation>
    </message>
    <message>
        <source>Show Instance&apos;s Logs and Invocations</source>
        <translation>Pokaż logi i wywołania instancji</translation>
    </message>
    <message>
        <source>Stop Instance (the next call is cold)</source>
        <translation>Zatrzymaj instancję (następne wywołanie będzie zimne)</translation>
    </message>
    <message>
        <source>Expire All Idle Instances Now</source>
        <translation>Wygaś teraz wszystkie bezczynne instancje</translation>
    </message>
    <message>
        <source>Pre-warm %1…</source>
        <translation>Rozgrzej %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n instances · %1 busy · %2 idle · %3 starting</source>
        <translation>
            <numerusform>%n instancja · zajęte: %1 · bezczynne: %2 · uruchamiane: %3</numerusform>
            <numerusform>%n instancje · zajęte: %1 · bezczynne: %2 · uruchamiane: %3</numerusform>
            <numerusform>%n instancji · zajęte: %1 · bezczynne: %2 · uruchamiane: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Sandbox prepared ahead of need; taken and started in: %1 ms</source>
        <translation>Piaskownica przygotowana zawczasu; przejęta i uruchomiona w: %1 ms</translation>
    </message>
    <message>
        <source>Sandbox made on demand in: %1 ms</source>
        <translation>Piaskownica utworzona na żądanie w: %1 ms</translation>
    </message>
    <message>
        <source>cold, prepared</source>
        <translation>zimny, przygotowany</translation>
    </message>
    <message>
        <source> · sandbox prepared %1 / on demand %2</source>
        <translation> · piaskownica przygotowana %1 / na żądanie %2</translation>
    </message>
    <message>
        <source>Restored from a SnapStart snapshot in: %1 ms</source>
        <translation>Przywrócono z migawki SnapStart w: %1 ms</translation>
    </message>
    <message>
        <source>cold, restored</source>
        <translation>zimny, przywrócony</translation>
    </message>
    <message>
        <source> · restored from snapshot %1</source>
        <translation> · przywrócone z migawki %1</translation>
    </message>
</context>
<context>
    <name>Bullpen::PortabilityFeature</name>
    <message>
        <source>Portability</source>
        <translation>Przenośność</translation>
    </message>
    <message>
        <source>&amp;Portability Report…</source>
        <translation>Raport &amp;przenośności…</translation>
    </message>
    <message>
        <source>What differs for the function between the local pool and a deployment target</source>
        <translation>Co różni się dla funkcji między lokalną pulą a celem wdrożenia</translation>
    </message>
    <message>
        <source>Portability report ready.</source>
        <translation>Raport przenośności gotowy.</translation>
    </message>
    <message>
        <source>No portability report: %1</source>
        <translation>Brak raportu przenośności: %1</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Eksport</translation>
    </message>
    <message>
        <source>&amp;Dockerfile (Lambda&apos;s Official Image)…</source>
        <translation>&amp;Dockerfile (oficjalny obraz Lambdy)…</translation>
    </message>
    <message>
        <source>Dockerfile (Bullpen&apos;s &amp;Offline Image)…</source>
        <translation>Dockerfile (obraz &amp;offline Bullpen)…</translation>
    </message>
    <message>
        <source>Docker &amp;Swarm Stack…</source>
        <translation>Stos Docker &amp;Swarm…</translation>
    </message>
    <message>
        <source>&amp;EC2 User Data…</source>
        <translation>Dane użytkownika &amp;EC2…</translation>
    </message>
    <message>
        <source>Export a Docker Build Context Into (an Empty Folder)</source>
        <translation>Eksportuj kontekst budowania Dockera do (pustego folderu)</translation>
    </message>
    <message>
        <source>Export a Docker Swarm Stack</source>
        <translation>Eksportuj stos Docker Swarm</translation>
    </message>
    <message>
        <source>Compose files (*.yaml *.yml)</source>
        <translation>Pliki Compose (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Export EC2 User Data</source>
        <translation>Eksportuj dane użytkownika EC2</translation>
    </message>
    <message>
        <source>cloud-init files (*.yaml *.yml *.txt)</source>
        <translation>Pliki cloud-init (*.yaml *.yml *.txt)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Wyeksportowano %1</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Eksport nie powiódł się: %1</translation>
    </message>
    <message>
        <source>choose a function first</source>
        <translation>najpierw wybierz funkcję</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>Bullpen::PortabilityModel</name>
    <message>
        <source>same</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>różni się</translation>
    </message>
    <message>
        <source>not visible</source>
        <translation>niewidoczne</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>nie sondowano</translation>
    </message>
    <message>
        <source>Lambda only</source>
        <translation>tylko Lambda</translation>
    </message>
    <message>
        <source>&lt;b&gt;What changes:&lt;/b&gt; %1&lt;br&gt;</source>
        <translation>&lt;b&gt;Co się zmienia:&lt;/b&gt; %1&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Named by the function&apos;s code at:&lt;/b&gt; %1&lt;br&gt;</source>
        <translation>&lt;b&gt;Wskazywane przez kod funkcji w:&lt;/b&gt; %1&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;AWS Lambda:&lt;/b&gt; %1&lt;br&gt;</source>
        <translation>&lt;b&gt;AWS Lambda:&lt;/b&gt; %1&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Local pool:&lt;/b&gt; %1&lt;br&gt;</source>
        <translation>&lt;b&gt;Lokalna pula:&lt;/b&gt; %1&lt;br&gt;</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Werdykt</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>AWS Lambda</source>
        <translation>AWS Lambda</translation>
    </message>
    <message>
        <source>Local pool</source>
        <translation>Lokalna pula</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Used at</source>
        <translation>Użyte w</translation>
    </message>
</context>
<context>
    <name>Bullpen::PortabilityReport</name>
    <message>
        <source>Differences</source>
        <translation>Różnice</translation>
    </message>
    <message>
        <source>Not visible in one place</source>
        <translation>Niewidoczne w jednym miejscu</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>Niezbadane</translation>
    </message>
    <message>
        <source>Limits only Lambda enforces</source>
        <translation>Limity egzekwowane tylko przez Lambdę</translation>
    </message>
    <message>
        <source>The same in both</source>
        <translation>Takie samo w obu miejscach</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cel</translation>
    </message>
    <message>
        <source>Portability of %1 (%2, %3 MB): local pool and %4 (%5)</source>
        <translation>Przenośność %1 (%2, %3 MB): lokalna pula i %4 (%5)</translation>
    </message>
    <message>
        <source>image</source>
        <translation>obraz</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n różnica</numerusform>
            <numerusform>%n różnice</numerusform>
            <numerusform>%n różnic</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 in what the function&apos;s code names)</source>
        <translation> (%1 w tym, co nazywa kod funkcji)</translation>
    </message>
    <message numerus="yes">
        <source>%n not visible in one place</source>
        <translation>
            <numerusform>%n niewidoczna w jednym miejscu</numerusform>
            <numerusform>%n niewidoczne w jednym miejscu</numerusform>
            <numerusform>%n niewidocznych w jednym miejscu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not probed</source>
        <translation>
            <numerusform>%n niezbadana</numerusform>
            <numerusform>%n niezbadane</numerusform>
            <numerusform>%n niezbadanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n limit(s) only Lambda enforces</source>
        <translation>
            <numerusform>%n limit egzekwowany tylko przez Lambdę</numerusform>
            <numerusform>%n limity egzekwowane tylko przez Lambdę</numerusform>
            <numerusform>%n limitów egzekwowanych tylko przez Lambdę</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n the same</source>
        <translation>
            <numerusform>%n taka sama</numerusform>
            <numerusform>%n takie same</numerusform>
            <numerusform>%n takich samych</numerusform>
        </translation>
    </message>
    <message>
        <source>Bullpen ran its portability probe beside the function, with the function&apos;s runtime and configuration, in the local pool (the Lambda-shaped sandbox) and in %1; each item shows what each probe saw and where it read it.</source>
        <translation>Bullpen uruchomił swoją sondę przenośności obok funkcji, z jej środowiskiem uruchomieniowym i konfiguracją, w lokalnej puli (piaskownicy w kształcie Lambdy) oraz w %1; każda pozycja pokazuje, co zobaczyła każda sonda i gdzie to odczytała.</translation>
    </message>
    <message>
        <source> %1 was not probed: %2</source>
        <translation> %1 nie został zbadany: %2</translation>
    </message>
    <message numerus="yes">
        <source> &quot;Used at&quot; names the lines of the function&apos;s code (%n source file(s) searched) that name the item.</source>
        <translation>
            <numerusform> „Użyte w” wskazuje wiersze kodu funkcji (przeszukano %n plik źródłowy), które nazywają pozycję.</numerusform>
            <numerusform> „Użyte w” wskazuje wiersze kodu funkcji (przeszukano %n pliki źródłowe), które nazywają pozycję.</numerusform>
            <numerusform> „Użyte w” wskazuje wiersze kodu funkcji (przeszukano %n plików źródłowych), które nazywają pozycję.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated %1 by Bullpen. %2</source>
        <translation>Wygenerowano %1 przez Bullpen. %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>AWS Lambda</source>
        <translation>AWS Lambda</translation>
    </message>
    <message>
        <source>Local pool</source>
        <translation>Lokalna pula</translation>
    </message>
    <message>
        <source>Used at</source>
        <translation>Użyte w</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Co się zmienia:</translation>
    </message>
    <message>
        <source>Named by the function&apos;s code at:</source>
        <translation>Nazwane w kodzie funkcji w:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>%1=%2 in the handler&apos;s environment</source>
        <translation>%1=%2 w środowisku handlera</translation>
    </message>
    <message>
        <source>%1 is not in the handler&apos;s environment</source>
        <translation>%1 nie ma w środowisku handlera</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>niezbadane</translation>
    </message>
    <message>
        <source>not set for provided runtimes</source>
        <translation>nieustawione dla środowisk provided</translation>
    </message>
    <message>
        <source>the execution role&apos;s credentials</source>
        <translation>poświadczenia roli wykonawczej</translation>
    </message>
    <message>
        <source>the handler, as configured</source>
        <translation>handler, zgodnie z konfiguracją</translation>
    </message>
    <message>
        <source>the X-Ray trace header, set per invocation</source>
        <translation>nagłówek śledzenia X-Ray, ustawiany dla każdego wywołania</translation>
    </message>
    <message>
        <source>the function&apos;s region</source>
        <translation>region funkcji</translation>
    </message>
    <message>
        <source>$LATEST or the version number</source>
        <translation>$LATEST lub numer wersji</translation>
    </message>
    <message>
        <source>on-demand, provisioned-concurrency or snap-start</source>
        <translation>on-demand, provisioned-concurrency lub snap-start</translation>
    </message>
    <message>
        <source>YYYY/MM/DD/[$LATEST]&lt;id&gt;, per environment</source>
        <translation>YYYY/MM/DD/[$LATEST]&lt;id&gt;, dla każdego środowiska</translation>
    </message>
    <message>
        <source>host:port of the Runtime API</source>
        <translation>host:port interfejsu Runtime API</translation>
    </message>
    <message>
        <source>%1 (legacy name)</source>
        <translation>%1 (dawna nazwa)</translation>
    </message>
    <message>
        <source>reserved by Lambda</source>
        <translation>zarezerwowana przez Lambdę</translation>
    </message>
    <message>
        <source>set (its value differs per environment)</source>
        <translation>ustawiona (jej wartość różni się w każdym środowisku)</translation>
    </message>
    <message>
        <source>the template sets it, but %1 does not pass it on: code reading it gets nothing</source>
        <translation>szablon ją ustawia, ale %1 jej nie przekazuje: kod, który ją odczytuje, nic nie dostaje</translation>
    </message>
    <message>
        <source>Lambda sets it and %1 does not: code reading it gets nothing there (a KeyError for os.environ[&quot;%2&quot;], undefined in Node.js)</source>
        <translation>Lambda ją ustawia, a %1 nie: kod, który ją odczytuje, nic tam nie dostaje (KeyError dla os.environ[&quot;%2&quot;], undefined w Node.js)</translation>
    </message>
    <message>
        <source>only %1 sets it: code that depends on it works there and not on Lambda</source>
        <translation>ustawia ją tylko %1: kod, który od niej zależy, działa tam, a nie w Lambdzie</translation>
    </message>
    <message>
        <source>code reading it sees another value on %1</source>
        <translation>kod, który ją odczytuje, widzi w %1 inną wartość</translation>
    </message>
    <message>
        <source>%1 (the template&apos;s Environment)</source>
        <translation>%1 (Environment szablonu)</translation>
    </message>
    <message>
        <source>Other variables</source>
        <translation>Inne zmienne</translation>
    </message>
    <message>
        <source>none of its own</source>
        <translation>brak własnych</translation>
    </message>
    <message>
        <source>only here: %1</source>
        <translation>tylko tutaj: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s) in the handler&apos;s environment</source>
        <translation>
            <numerusform>%n zmienna w środowisku handlera</numerusform>
            <numerusform>%n zmienne w środowisku handlera</numerusform>
            <numerusform>%n zmiennych w środowisku handlera</numerusform>
        </translation>
    </message>
    <message>
        <source>code reading one of these behaves differently where it is missing</source>
        <translation>kod, który odczytuje jedną z nich, zachowuje się inaczej tam, gdzie jej brak</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznane</translation>
    </message>
    <message>
        <source>User the handler runs as</source>
        <translation>Użytkownik, jako który działa handler</translation>
    </message>
    <message>
        <source>the handler is root on %1: files, ports and writes that Lambda&apos;s user may not touch work there and fail on Lambda</source>
        <translation>handler jest w %1 rootem: pliki, porty i zapisy, których użytkownik Lambdy nie może dotykać, działają tam i zawodzą w Lambdzie</translation>
    </message>
    <message>
        <source>files owned by one user are not the other&apos;s</source>
        <translation>pliki jednego użytkownika nie należą do drugiego</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>nie istnieje</translation>
    </message>
    <message>
        <source>writable</source>
        <translation>zapisywalny</translation>
    </message>
    <message>
        <source>read-only (EROFS)</source>
        <translation>tylko do odczytu (EROFS)</translation>
    </message>
    <message>
        <source>not writable (%1)</source>
        <translation>niezapisywalny (%1)</translation>
    </message>
    <message>
        <source>%1 writable</source>
        <translation>%1 zapisywalny</translation>
    </message>
    <message>
        <source>writable: the only writable folder</source>
        <translation>zapisywalny: jedyny zapisywalny folder</translation>
    </message>
    <message>
        <source>read-only: only /tmp is writable</source>
        <translation>tylko do odczytu: zapisywalny jest tylko /tmp</translation>
    </message>
    <message>
        <source>writes to %1 succeed on %2 and fail on Lambda and in the local pool (%3)</source>
        <translation>zapisy do %1 udają się w %2, a zawodzą w Lambdzie i w lokalnej puli (%3)</translation>
    </message>
    <message>
        <source>writes to %1 fail on %2 (%3) and succeed in the local pool</source>
        <translation>zapisy do %1 zawodzą w %2 (%3), a udają się w lokalnej puli</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>tylko do odczytu</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>odczyt i zapis</translation>
    </message>
    <message>
        <source>Root file system</source>
        <translation>Główny system plików</translation>
    </message>
    <message>
        <source>writes outside the mounted folders behave differently</source>
        <translation>zapisy poza zamontowanymi folderami zachowują się inaczej</translation>
    </message>
    <message>
        <source>%1 (%2 free, %3)</source>
        <translation>%1 (%2 wolne, %3)</translation>
    </message>
    <message>
        <source>statvfs(/tmp) failed: %1</source>
        <translation>statvfs(/tmp) nie powiodło się: %1</translation>
    </message>
    <message>
        <source>statvfs(/tmp): %1 bytes in all, %2 free; mounted at %3 as %4 (%5)</source>
        <translation>statvfs(/tmp): łącznie bajtów: %1, wolnych: %2; zamontowany w %3 jako %4 (%5)</translation>
    </message>
    <message>
        <source>/tmp size</source>
        <translation>Rozmiar /tmp</translation>
    </message>
    <message>
        <source>EphemeralStorage: %1 MB (512 to 10,240 MB)</source>
        <translation>EphemeralStorage: %1 MB (od 512 do 10 240 MB)</translation>
    </message>
    <message>
        <source>a function that fills /tmp beyond %1 MB works on %2 and fails on Lambda (ENOSPC)</source>
        <translation>funkcja, która zapełnia /tmp ponad %1 MB, działa w %2 i zawodzi w Lambdzie (ENOSPC)</translation>
    </message>
    <message>
        <source>%1 has less room in /tmp than Lambda gives</source>
        <translation>%1 ma w /tmp mniej miejsca, niż daje Lambda</translation>
    </message>
    <message numerus="yes">
        <source>; %n CPU(s) online</source>
        <translation>
            <numerusform>; %n procesor online</numerusform>
            <numerusform>; %n procesory online</numerusform>
            <numerusform>; %n procesorów online</numerusform>
        </translation>
    </message>
    <message>
        <source>not visible inside</source>
        <translation>niewidoczne od środka</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <source>%1 enforces no limit where Lambda enforces %2</source>
        <translation>%1 nie egzekwuje limitu tam, gdzie Lambda egzekwuje %2</translation>
    </message>
    <message>
        <source>%1 enforces %2 where Lambda enforces %3</source>
        <translation>%1 egzekwuje %2 tam, gdzie Lambda egzekwuje %3</translation>
    </message>
    <message>
        <source>Memory limit enforced</source>
        <translation>Egzekwowany limit pamięci</translation>
    </message>
    <message>
        <source>MemorySize: %1 MB; past it the function is stopped (Runtime.OutOfMemory)</source>
        <translation>MemorySize: %1 MB; po jego przekroczeniu funkcja jest zatrzymywana (Runtime.OutOfMemory)</translation>
    </message>
    <message>
        <source>CPU limit enforced</source>
        <translation>Egzekwowany limit procesora</translation>
    </message>
    <message>
        <source>proportional to memory: %1 vCPU at %2 MB (1,769 MB = 1 vCPU)</source>
        <translation>proporcjonalnie do pamięci: %1 vCPU przy %2 MB (1769 MB = 1 vCPU)</translation>
    </message>
    <message>
        <source>Processes and threads</source>
        <translation>Procesy i wątki</translation>
    </message>
    <message>
        <source>Open files</source>
        <translation>Otwarte pliki</translation>
    </message>
    <message>
        <source>Processes of the user</source>
        <translation>Procesy użytkownika</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nieodczytane</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektura</translation>
    </message>
    <message>
        <source>native code (wheels, .node modules, binaries) built for one does not run on the other</source>
        <translation>kod natywny (wheels, moduły .node, pliki binarne) zbudowany dla jednej nie działa na drugiej</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>System operacyjny</translation>
    </message>
    <message>
        <source>Amazon Linux 2 or 2023, by runtime</source>
        <translation>Amazon Linux 2 lub 2023, zależnie od środowiska uruchomieniowego</translation>
    </message>
    <message>
        <source>Interpreter version</source>
        <translation>Wersja interpretera</translation>
    </message>
    <message>
        <source>the local pool runs %1</source>
        <translation>lokalna pula uruchamia %1</translation>
    </message>
    <message>
        <source>%1 runs %2</source>
        <translation>%1 uruchamia %2</translation>
    </message>
    <message>
        <source>Lambda runs %1 %2.x; %3</source>
        <translation>Lambda uruchamia %1 %2.x; %3</translation>
    </message>
    <message>
        <source>C library</source>
        <translation>Biblioteka C</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Jądro</translation>
    </message>
    <message>
        <source>Firecracker micro-VM&apos;s kernel (5.10 or later)</source>
        <translation>jądro mikro-VM Firecracker (5.10 lub nowsze)</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>Folder roboczy</translation>
    </message>
    <message>
        <source>relative paths name other files</source>
        <translation>ścieżki względne wskazują inne pliki</translation>
    </message>
    <message>
        <source>Local time zone</source>
        <translation>Lokalna strefa czasowa</translation>
    </message>
    <message>
        <source>local times (datetime.now(), new Date().getHours()) differ</source>
        <translation>czasy lokalne (datetime.now(), new Date().getHours()) się różnią</translation>
    </message>
    <message>
        <source>code that reads it from the context sees another value on %1</source>
        <translation>kod, który odczytuje ją z kontekstu, widzi w %1 inną wartość</translation>
    </message>
    <message>
        <source>the context object given to the handler</source>
        <translation>obiekt kontekstu przekazany handlerowi</translation>
    </message>
    <message>
        <source>Deadline of an invocation</source>
        <translation>Termin wywołania</translation>
    </message>
    <message>
        <source>Timeout: %1 s (at most 900 s); the invocation ends with Sandbox.Timedout</source>
        <translation>Timeout: %1 s (najwyżej 900 s); wywołanie kończy się błędem Sandbox.Timedout</translation>
    </message>
    <message>
        <source>%1 left at the start</source>
        <translation>pozostało %1 na starcie</translation>
    </message>
    <message>
        <source>the function&apos;s deadline on %1 is %2, not %3 s: work that Lambda stops runs on there, or the reverse</source>
        <translation>termin funkcji w %1 wynosi %2, a nie %3 s: praca, którą Lambda przerywa, trwa tam dalej, lub odwrotnie</translation>
    </message>
    <message>
        <source>enforced by Bullpen as Lambda does</source>
        <translation>egzekwowane przez Bullpen tak jak przez Lambdę</translation>
    </message>
    <message>
        <source>not probed (documented)</source>
        <translation>niezbadane (udokumentowane)</translation>
    </message>
    <message>
        <source>AWS Lambda&apos;s documented quotas</source>
        <translation>udokumentowane limity AWS Lambda</translation>
    </message>
    <message>
        <source>a limit of the Lambda service, not of the image</source>
        <translation>limit usługi Lambda, a nie obrazu</translation>
    </message>
    <message>
        <source>Timeout at most 15 minutes</source>
        <translation>Timeout najwyżej 15 minut</translation>
    </message>
    <message>
        <source>900 s at most; this function: %1 s</source>
        <translation>najwyżej 900 s; ta funkcja: %1 s</translation>
    </message>
    <message>
        <source>work longer than 15 minutes cannot move to Lambda in one invocation</source>
        <translation>praca dłuższa niż 15 minut nie może przejść do Lambdy w jednym wywołaniu</translation>
    </message>
    <message>
        <source>Payloads at most 6 MB</source>
        <translation>Ładunki najwyżej 6 MB</translation>
    </message>
    <message>
        <source>%1 bytes per request and %2 per response (synchronous); %3 bytes per asynchronous event</source>
        <translation>%1 bajtów na żądanie i %2 na odpowiedź (synchronicznie); %3 bajtów na zdarzenie asynchroniczne</translation>
    </message>
    <message>
        <source>larger events or responses pass a plain HTTP endpoint and are refused by Lambda (413 RequestEntityTooLarge, Function.ResponseSizeTooLarge)</source>
        <translation>większe zdarzenia lub odpowiedzi przechodzą przez zwykły punkt końcowy HTTP, a Lambda je odrzuca (413 RequestEntityTooLarge, Function.ResponseSizeTooLarge)</translation>
    </message>
    <message>
        <source>/tmp between 512 MB and 10 GB</source>
        <translation>/tmp od 512 MB do 10 GB</translation>
    </message>
    <message>
        <source>EphemeralStorage 512 to 10,240 MB; this function: %1 MB</source>
        <translation>EphemeralStorage od 512 do 10 240 MB; ta funkcja: %1 MB</translation>
    </message>
    <message>
        <source>a target&apos;s disk may hold more; Lambda stops at EphemeralStorage</source>
        <translation>dysk celu może pomieścić więcej; Lambda zatrzymuje się na EphemeralStorage</translation>
    </message>
    <message>
        <source>Initialisation at most 10 s</source>
        <translation>Inicjalizacja najwyżej 10 s</translation>
    </message>
    <message>
        <source>the init phase gets 10 s, then it is retried within the first invocation&apos;s timeout</source>
        <translation>faza inicjalizacji dostaje 10 s, potem jest ponawiana w ramach timeoutu pierwszego wywołania</translation>
    </message>
    <message>
        <source>slow module-level start-up that works in a container times out on Lambda</source>
        <translation>powolny start na poziomie modułu, który działa w kontenerze, kończy się w Lambdzie timeoutem</translation>
    </message>
</context>
<context>
    <name>Bullpen::PortabilityRun</name>
    <message>
        <source>cannot make a staging folder for the probe: %1</source>
        <translation>nie można utworzyć folderu roboczego dla sondy: %1</translation>
    </message>
    <message>
        <source>Bullpen did not deploy what runs on %1 (%2), so its probe cannot run there; the items below come from the local pool and Lambda&apos;s documentation.</source>
        <translation>Bullpen nie wdrożył tego, co działa w %1 (%2), więc jego sonda nie może tam działać; poniższe pozycje pochodzą z lokalnej puli i dokumentacji Lambdy.</translation>
    </message>
    <message>
        <source>[%1] deploying the probe</source>
        <translation>[%1] wdrażanie sondy</translation>
    </message>
    <message>
        <source>the probe could not be deployed: %1</source>
        <translation>nie udało się wdrożyć sondy: %1</translation>
    </message>
    <message>
        <source>[%1] running the probe</source>
        <translation>[%1] uruchamianie sondy</translation>
    </message>
    <message>
        <source>the probe did not answer (%1): %2</source>
        <translation>sonda nie odpowiedziała (%1): %2</translation>
    </message>
    <message>
        <source>[%1] removing the probe</source>
        <translation>[%1] usuwanie sondy</translation>
    </message>
    <message>
        <source>[%1] the probe could not be removed: %2</source>
        <translation>[%1] nie udało się usunąć sondy: %2</translation>
    </message>
    <message>
        <source>the probe did not run in the local pool, which the report compares against: %1</source>
        <translation>sonda nie uruchomiła się w lokalnej puli, z którą porównuje raport: %1</translation>
    </message>
</context>
<context>
    <name>Bullpen::PortabilityView</name>
    <message>
        <source>&amp;Run Probe</source>
        <translation>&amp;Uruchom sondę</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Eksportuj &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Eksportuj &amp;HTML…</translation>
    </message>
    <message>
        <source>Run Bullpen&apos;s probe beside the function in the local pool and in the target, and compare what both saw</source>
        <translation>Uruchom sondę Bullpen obok funkcji w lokalnej puli i w celu, i porównaj, co obie zobaczyły</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Cel:</translation>
    </message>
    <message>
        <source>Choose a target and run the probe.</source>
        <translation>Wybierz cel i uruchom sondę.</translation>
    </message>
    <message>
        <source>A probe is running already.</source>
        <translation>Sonda już działa.</translation>
    </message>
    <message>
        <source>Open a project and choose a function first.</source>
        <translation>Najpierw otwórz projekt i wybierz funkcję.</translation>
    </message>
    <message>
        <source>The project has no target named &quot;%1&quot;.</source>
        <translation>Projekt nie ma celu o nazwie „%1”.</translation>
    </message>
    <message>
        <source>Probing %1 in the local pool and in %2…</source>
        <translation>Sondowanie %1 w lokalnej puli i w %2…</translation>
    </message>
    <message>
        <source>Building %1 when it needs a build…</source>
        <translation>Budowanie %1, jeśli jest potrzebne…</translation>
    </message>
    <message>
        <source>The build failed: %1</source>
        <translation>Budowanie nie powiodło się: %1</translation>
    </message>
    <message>
        <source>The build failed.</source>
        <translation>Budowanie nie powiodło się.</translation>
    </message>
    <message>
        <source>No report: %1</source>
        <translation>Brak raportu: %1</translation>
    </message>
    <message>
        <source>The probe failed.</source>
        <translation>Sonda nie powiodła się.</translation>
    </message>
    <message>
        <source>Probed at %1.</source>
        <translation>Sondowano o %1.</translation>
    </message>
    <message>
        <source>There is no report to export yet.</source>
        <translation>Nie ma jeszcze raportu do wyeksportowania.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>Export as HTML</source>
        <translation>Eksportuj jako HTML</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Eksportuj jako Markdown</translation>
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
        <translation>Zapisano %1.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; from the local pool to &lt;b&gt;%2&lt;/b&gt; (%3): &lt;b&gt;%n difference(s)&lt;/b&gt;, %4 of them in what the function&apos;s code names.%5</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; z lokalnej puli do &lt;b&gt;%2&lt;/b&gt; (%3): &lt;b&gt;%n różnica&lt;/b&gt;, z czego %4 w tym, co wskazuje kod funkcji.%5</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; z lokalnej puli do &lt;b&gt;%2&lt;/b&gt; (%3): &lt;b&gt;%n różnice&lt;/b&gt;, z czego %4 w tym, co wskazuje kod funkcji.%5</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; z lokalnej puli do &lt;b&gt;%2&lt;/b&gt; (%3): &lt;b&gt;%n różnic&lt;/b&gt;, z czego %4 w tym, co wskazuje kod funkcji.%5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencje</translation>
    </message>
    <message>
        <source>Not available here: %1</source>
        <translation>Niedostępne tutaj: %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Stop after each invocation</source>
        <translation>Zatrzymaj po każdym wywołaniu</translation>
    </message>
    <message>
        <source>How long an idle instance stays warm. Lambda keeps idle environments about 45 minutes.</source>
        <translation>Jak długo bezczynna instancja pozostaje ciepła. Lambda utrzymuje bezczynne środowiska około 45 minut.</translation>
    </message>
    <message>
        <source>Concurrent invocations across all functions beyond this are refused with TooManyRequestsException (ConcurrentInvocationLimitExceeded). Lambda&apos;s default account limit is 1,000.</source>
        <translation>Współbieżne wywołania wszystkich funkcji ponad ten limit są odrzucane z TooManyRequestsException (ConcurrentInvocationLimitExceeded). Domyślny limit konta Lambda to 1000.</translation>
    </message>
    <message>
        <source>Automatic (follows light or dark)</source>
        <translation>Automatycznie (według jasnego lub ciemnego)</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Silnik</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>&amp;Backend:</translation>
    </message>
    <message>
        <source>&amp;Keep idle instances warm for:</source>
        <translation>&amp;Utrzymuj bezczynne instancje przez:</translation>
    </message>
    <message>
        <source>Account &amp;concurrency limit:</source>
        <translation>&amp;Limit współbieżności konta:</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Edytor</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Motyw:</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Czcionka:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Okno</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>A new language is used when Bullpen starts again.</source>
        <translation>Nowy język zostanie użyty przy następnym uruchomieniu Bullpena.</translation>
    </message>
    <message>
        <source>Runs the handler as a plain process of your user: it isolates nothing, enforces no memory limit and sees your whole file system. Use it only where containers cannot run.</source>
        <translation>Uruchamia handler jako zwykły proces twojego użytkownika: niczego nie izoluje, nie egzekwuje limitu pamięci i widzi cały system plików. Używaj go tylko tam, gdzie kontenery nie mogą działać.</translation>
    </message>
    <message>
        <source>Each instance runs in its own container with the function&apos;s memory limit, like Lambda&apos;s execution environments. Changing it stops the running instances.</source>
        <translation>Każda instancja działa we własnym kontenerze z limitem pamięci funkcji, jak środowiska wykonawcze Lambdy. Zmiana zatrzymuje działające instancje.</translation>
    </message>
</context>
<context>
    <name>Bullpen::ProjectModel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Runtime: %2&lt;br&gt;Handler: %3&lt;br&gt;Memory: %4 MB&lt;br&gt;Timeout: %5 s&lt;br&gt;Code: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Środowisko: %2&lt;br&gt;Handler: %3&lt;br&gt;Pamięć: %4 MB&lt;br&gt;Limit czasu: %5 s&lt;br&gt;Kod: %6</translation>
    </message>
    <message>
        <source>&lt;br&gt;Layers (under /opt, in this order): %1</source>
        <translation>&lt;br&gt;Warstwy (w /opt, w tej kolejności): %1</translation>
    </message>
    <message>
        <source>%1 (layer)</source>
        <translation>%1 (warstwa)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: a layer of %2, extracted under /opt&lt;br&gt;Content: %3&lt;br&gt;Compatible runtimes: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: warstwa %2, rozpakowana w /opt&lt;br&gt;Zawartość: %3&lt;br&gt;Zgodne środowiska: %4</translation>
    </message>
    <message>
        <source>any</source>
        <translation>dowolne</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Zdarzenia</translation>
    </message>
    <message>
        <source>Saved events (events/*.json)</source>
        <translation>Zapisane zdarzenia (events/*.json)</translation>
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
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Środowisko</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Pamięć</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Limit czasu</translation>
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
        <translation>Zapisano ustawienia %1 w %2</translation>
    </message>
    <message>
        <source>the settings of %1</source>
        <translation>ustawienia %1</translation>
    </message>
    <message>
        <source>&amp;Invoke %1</source>
        <translation>&amp;Wywołaj %1</translation>
    </message>
    <message>
        <source>&amp;New File…</source>
        <translation>&amp;Nowy plik…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Zmień &amp;nazwę…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Reveal in &amp;File Manager</source>
        <translation>Pokaż w &amp;menedżerze plików</translation>
    </message>
    <message>
        <source>Open &amp;Template at %1</source>
        <translation>Otwórz &amp;szablon w miejscu %1</translation>
    </message>
    <message>
        <source>New File</source>
        <translation>Nowy plik</translation>
    </message>
    <message>
        <source>File name in %1:</source>
        <translation>Nazwa pliku w %1:</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Nie można utworzyć %1: %2</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>już istnieje</translation>
    </message>
    <message>
        <source>%1 has unsaved changes: save or close it first.</source>
        <translation>%1 ma niezapisane zmiany: najpierw zapisz lub zamknij.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Zmień nazwę</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Nowa nazwa dla %1:</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2: %3</source>
        <translation>Nie można zmienić nazwy %1 na %2: %3</translation>
    </message>
    <message>
        <source>a name has no slash</source>
        <translation>nazwa nie może zawierać ukośnika</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2.</source>
        <translation>Nie można zmienić nazwy %1 na %2.</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>Zmieniono nazwę %1 na %2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Move “%1” to the trash?</source>
        <translation>Przenieść „%1” do kosza?</translation>
    </message>
    <message>
        <source>Could not move %1 to the trash.</source>
        <translation>Nie można przenieść %1 do kosza.</translation>
    </message>
    <message>
        <source>Moved %1 to the trash</source>
        <translation>Przeniesiono %1 do kosza</translation>
    </message>
</context>
<context>
    <name>Bullpen::ProjectSamples</name>
    <message>
        <source>Python 3.12: hello world</source>
        <translation>Python 3.12: witaj, świecie</translation>
    </message>
    <message>
        <source>Node.js 20: hello world</source>
        <translation>Node.js 20: witaj, świecie</translation>
    </message>
</context>
<context>
    <name>Bullpen::ProjectView</name>
    <message>
        <source>No project</source>
        <translation>Brak projektu</translation>
    </message>
    <message>
        <source>%1 — 1 function</source>
        <translation>%1 — 1 funkcja</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#c0392b&quot;&gt;template.yaml does not load: %1&lt;/span&gt;&lt;br&gt;&lt;small&gt;Showing the functions as last loaded.&lt;/small&gt;</source>
        <translation>&lt;span style=&quot;color:#c0392b&quot;&gt;Nie można wczytać template.yaml: %1&lt;/span&gt;&lt;br&gt;&lt;small&gt;Funkcje pokazano w stanie z ostatniego wczytania.&lt;/small&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n functions</source>
        <translation>
            <numerusform>%1 — %n funkcja</numerusform>
            <numerusform>%1 — %n funkcje</numerusform>
            <numerusform>%1 — %n funkcji</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bullpen::RecentProjects</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Otwórz &amp;ostatnie</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Brak ostatnich projektów</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Wyczyść menu</translation>
    </message>
</context>
<context>
    <name>Bullpen::RecoveryBar</name>
    <message>
        <source>Recover</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Show Differences</source>
        <translation>Pokaż różnice</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Recover unsaved edits</source>
        <translation>Przywróć niezapisane zmiany</translation>
    </message>
    <message>
        <source>Put the recovered text into the editor as an unsaved change (nothing is saved)</source>
        <translation>Wstaw przywrócony tekst do edytora jako niezapisaną zmianę (nic nie zostanie zapisane)</translation>
    </message>
    <message>
        <source>Compare the recovered text with the file on disk</source>
        <translation>Porównaj przywrócony tekst z plikiem na dysku</translation>
    </message>
    <message>
        <source>Delete the recovered text and keep the file as it is</source>
        <translation>Usuń przywrócony tekst i pozostaw plik bez zmian</translation>
    </message>
</context>
<context>
    <name>Bullpen::ResultView</name>
    <message>
        <source>Bullpen runs functions in containers with runc or crun. Install one of them (for example &lt;code&gt;apt install crun&lt;/code&gt;), make sure user namespaces are allowed, or choose another backend in &lt;b&gt;Settings › Preferences…&lt;/b&gt;. The Process backend runs the handler as a plain process: it works everywhere but isolates nothing.</source>
        <translation>Bullpen uruchamia funkcje w kontenerach za pomocą runc lub crun. Zainstaluj jeden z nich (na przykład &lt;code&gt;apt install crun&lt;/code&gt;), upewnij się, że przestrzenie nazw użytkownika są dozwolone, albo wybierz inny backend w &lt;b&gt;Edycja › Preferencje…&lt;/b&gt;. Backend procesów uruchamia handler jako zwykły proces: działa wszędzie, ale niczego nie izoluje.</translation>
    </message>
    <message>
        <source>Check that the function&apos;s runtime is installed on this machine (python3 for Python runtimes, node for Node.js) and that the template names a supported Runtime.</source>
        <translation>Sprawdź, czy środowisko funkcji jest zainstalowane na tym komputerze (python3 dla środowisk Python, node dla Node.js) i czy szablon podaje obsługiwane Runtime.</translation>
    </message>
    <message>
        <source>Bullpen could not open a local port for the function&apos;s Runtime API. Check that loopback networking works here, then invoke again.</source>
        <translation>Bullpen nie mógł otworzyć lokalnego portu dla Runtime API funkcji. Sprawdź, czy działa tu sieć loopback, i wywołaj ponownie.</translation>
    </message>
    <message>
        <source>The engine stopped the function&apos;s instance before it answered (the engine was stopped or its settings changed). Invoke again.</source>
        <translation>Silnik zatrzymał instancję funkcji, zanim odpowiedziała (silnik został zatrzymany lub zmieniono jego ustawienia). Wywołaj ponownie.</translation>
    </message>
    <message>
        <source>The function&apos;s build failed; the Build panel has the tool&apos;s whole output. Fix the manifest or the code, then invoke again (the last good build is kept).</source>
        <translation>Budowanie funkcji nie powiodło się; panel „Budowanie” zawiera pełne wyjście narzędzia. Popraw manifest lub kod i wywołaj ponownie (ostatnia poprawna kompilacja zostaje zachowana).</translation>
    </message>
    <message>
        <source>Check the function&apos;s settings in the Project panel, then invoke again.</source>
        <translation>Sprawdź ustawienia funkcji w panelu „Projekt”, a potem wywołaj ponownie.</translation>
    </message>
    <message>
        <source>No invocation yet. Choose a function and an event, then press Invoke (Ctrl+Return).</source>
        <translation>Jeszcze nic nie wywołano. Wybierz funkcję i zdarzenie, a potem naciśnij „Wywołaj” (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Trwa %1…</translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation>Wywołanie %1 zostało anulowane</translation>
    </message>
    <message>
        <source>%1 refused the event: %2</source>
        <translation>Funkcja %1 odrzuciła zdarzenie: %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p style=&quot;white-space:pre-wrap&quot;&gt;%2&lt;/p&gt;&lt;p&gt;Lambda refuses such a request before the function runs. Fix the event, then invoke again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p style=&quot;white-space:pre-wrap&quot;&gt;%2&lt;/p&gt;&lt;p&gt;Lambda odrzuca takie żądanie, zanim funkcja się uruchomi. Popraw zdarzenie i wywołaj ponownie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bullpen could not run %1</source>
        <translation>Bullpen nie mógł uruchomić %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The engine reported:&lt;/b&gt;&lt;/p&gt;&lt;p style=&quot;white-space:pre-wrap&quot;&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Silnik zgłosił:&lt;/b&gt;&lt;/p&gt;&lt;p style=&quot;white-space:pre-wrap&quot;&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Co zrobić:&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 returned %2</source>
        <translation>Funkcja %1 zwróciła %2</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n bajt</numerusform>
            <numerusform>%n bajty</numerusform>
            <numerusform>%n bajtów</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Funkcja %1 zakończyła się błędem: %2</translation>
    </message>
    <message>
        <source>Stack trace</source>
        <translation>Ślad stosu</translation>
    </message>
</context>
<context>
    <name>Bullpen::SamTemplate</name>
    <message>
        <source>MemorySize %1 MB is outside Lambda&apos;s range of %2 to %3 MB</source>
        <translation>MemorySize %1 MB wykracza poza zakres Lambdy od %2 do %3 MB</translation>
    </message>
    <message>
        <source>Timeout %1 s is outside Lambda&apos;s range of %2 to %3 seconds</source>
        <translation>Timeout %1 s wykracza poza zakres Lambdy od %2 do %3 sekund</translation>
    </message>
    <message>
        <source>EphemeralStorage %1 MB is outside Lambda&apos;s range of %2 to %3 MB</source>
        <translation>EphemeralStorage %1 MB wykracza poza zakres Lambdy od %2 do %3 MB</translation>
    </message>
    <message>
        <source>architecture &quot;%1&quot; is not one Lambda knows: use x86_64 or arm64</source>
        <translation>architektura „%1” nie jest znana Lambdzie: użyj x86_64 lub arm64</translation>
    </message>
    <message>
        <source>the handler is empty</source>
        <translation>handler jest pusty</translation>
    </message>
    <message>
        <source>handler &quot;%1&quot; must be 1 to 128 characters without spaces</source>
        <translation>handler „%1” musi mieć od 1 do 128 znaków bez spacji</translation>
    </message>
    <message>
        <source>environment variable %1 is reserved by Lambda and cannot be set</source>
        <translation>zmienna środowiskowa %1 jest zarezerwowana przez Lambdę i nie można jej ustawić</translation>
    </message>
    <message>
        <source>environment variable name &quot;%1&quot; must start with a letter and contain only letters, digits and underscores (at least 2 characters)</source>
        <translation>nazwa zmiennej środowiskowej „%1” musi zaczynać się od litery i zawierać tylko litery, cyfry i podkreślenia (co najmniej 2 znaki)</translation>
    </message>
    <message>
        <source>the environment variables take %1 bytes; Lambda allows at most %2 bytes in total</source>
        <translation>zmienne środowiskowe zajmują %1 B; Lambda pozwala łącznie na najwyżej %2 B</translation>
    </message>
    <message>
        <source>%1 has no value</source>
        <translation>%1 nie ma wartości</translation>
    </message>
    <message>
        <source>write a value after &quot;%1:&quot; or remove the line</source>
        <translation>wpisz wartość po „%1:” lub usuń wiersz</translation>
    </message>
    <message>
        <source>%1 is %2, which cannot be worked out without a deployment</source>
        <translation>%1 to %2, czego nie da się ustalić bez wdrożenia</translation>
    </message>
    <message>
        <source>write the value itself, or !Ref a template parameter that has a Default</source>
        <translation>wpisz samą wartość albo użyj !Ref do parametru szablonu, który ma Default</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number</source>
        <translation>%1 „%2” nie jest liczbą całkowitą</translation>
    </message>
    <message>
        <source>write a number such as %1: 256</source>
        <translation>wpisz liczbę, np. %1: 256</translation>
    </message>
    <message>
        <source>PackageType &quot;%1&quot; is neither Zip nor Image</source>
        <translation>PackageType „%1” to ani Zip, ani Image</translation>
    </message>
    <message>
        <source>write PackageType: Zip (code in a folder) or PackageType: Image (a Dockerfile)</source>
        <translation>wpisz PackageType: Zip (kod w folderze) lub PackageType: Image (Dockerfile)</translation>
    </message>
    <message>
        <source>set MemorySize between 128 and 10240, e.g. MemorySize: 512</source>
        <translation>ustaw MemorySize od 128 do 10240, np. MemorySize: 512</translation>
    </message>
    <message>
        <source>set Timeout between 1 and 900 seconds, e.g. Timeout: 30</source>
        <translation>ustaw Timeout od 1 do 900 sekund, np. Timeout: 30</translation>
    </message>
    <message>
        <source>set EphemeralStorage.Size between 512 and 10240</source>
        <translation>ustaw EphemeralStorage.Size od 512 do 10240</translation>
    </message>
    <message>
        <source>the function has no Runtime</source>
        <translation>funkcja nie ma Runtime</translation>
    </message>
    <message>
        <source>add Runtime (e.g. Runtime: python3.12) to its Properties or to Globals.Function</source>
        <translation>dodaj Runtime (np. Runtime: python3.12) do jej Properties lub do Globals.Function</translation>
    </message>
    <message>
        <source>runtime &quot;%1&quot; is not supported</source>
        <translation>środowisko wykonawcze „%1” nie jest obsługiwane</translation>
    </message>
    <message>
        <source>use one of %1</source>
        <translation>użyj jednego z: %1</translation>
    </message>
    <message>
        <source>write it as file.function, e.g. app.lambda_handler</source>
        <translation>zapisz go jako plik.funkcja, np. app.lambda_handler</translation>
    </message>
    <message>
        <source>the function has no Handler</source>
        <translation>funkcja nie ma Handler</translation>
    </message>
    <message>
        <source>add Handler (e.g. Handler: app.lambda_handler) to its Properties or to Globals.Function</source>
        <translation>dodaj Handler (np. Handler: app.lambda_handler) do jej Properties lub do Globals.Function</translation>
    </message>
    <message>
        <source>add Metadata with DockerContext (the folder of the build), Dockerfile and DockerTag to the resource, as sam build expects</source>
        <translation>dodaj do zasobu Metadata z DockerContext (folderem budowania), Dockerfile i DockerTag, jak oczekuje sam build</translation>
    </message>
    <message>
        <source>an image function (PackageType: Image) needs Metadata to build its image</source>
        <translation>funkcja z obrazu (PackageType: Image) potrzebuje Metadata do zbudowania obrazu</translation>
    </message>
    <message>
        <source>Metadata has no DockerContext</source>
        <translation>Metadata nie ma DockerContext</translation>
    </message>
    <message>
        <source>DockerContext folder &quot;%1&quot; does not exist (looked for %2)</source>
        <translation>folder DockerContext „%1” nie istnieje (szukano %2)</translation>
    </message>
    <message>
        <source>create the folder or correct DockerContext; it is relative to the template&apos;s folder</source>
        <translation>utwórz folder lub popraw DockerContext; jest względny wobec folderu szablonu</translation>
    </message>
    <message>
        <source>there is no Dockerfile &quot;%1&quot; in %2</source>
        <translation>w %2 nie ma pliku Dockerfile „%1”</translation>
    </message>
    <message>
        <source>write the Dockerfile there, or set Metadata.Dockerfile to its path inside DockerContext</source>
        <translation>umieść tam Dockerfile lub ustaw Metadata.Dockerfile na jego ścieżkę wewnątrz DockerContext</translation>
    </message>
    <message>
        <source>Metadata.DockerBuildArgs is not a map</source>
        <translation>Metadata.DockerBuildArgs nie jest mapą</translation>
    </message>
    <message>
        <source>write one NAME: value per line under DockerBuildArgs</source>
        <translation>wpisz pod DockerBuildArgs jedno NAZWA: wartość na wiersz</translation>
    </message>
    <message>
        <source>ReservedConcurrentExecutions cannot be negative</source>
        <translation>ReservedConcurrentExecutions nie może być ujemne</translation>
    </message>
    <message>
        <source>write 0 (no calls at all) or more, or leave it out</source>
        <translation>wpisz 0 (żadnych wywołań) lub więcej albo pomiń to</translation>
    </message>
    <message>
        <source>ProvisionedConcurrentExecutions cannot be negative</source>
        <translation>ProvisionedConcurrentExecutions nie może być ujemne</translation>
    </message>
    <message>
        <source>write 1 or more, or leave ProvisionedConcurrencyConfig out</source>
        <translation>wpisz 1 lub więcej albo pomiń ProvisionedConcurrencyConfig</translation>
    </message>
    <message>
        <source>ProvisionedConcurrencyConfig applies to an alias: add AutoPublishAlias (e.g. AutoPublishAlias: live); until then it is ignored</source>
        <translation>ProvisionedConcurrencyConfig dotyczy aliasu: dodaj AutoPublishAlias (np. AutoPublishAlias: live); do tego czasu jest ignorowane</translation>
    </message>
    <message>
        <source>%1 has no Type</source>
        <translation>%1 nie ma Type</translation>
    </message>
    <message>
        <source>%1 has Type %2, which Lambda does not know</source>
        <translation>%1 ma Type %2, którego Lambda nie zna</translation>
    </message>
    <message>
        <source>%1 of Type Lambda names no function</source>
        <translation>%1 z Type Lambda nie wskazuje funkcji</translation>
    </message>
    <message>
        <source>MaximumRetryAttempts is %1; Lambda allows 0 to 2</source>
        <translation>MaximumRetryAttempts wynosi %1; Lambda pozwala na 0 do 2</translation>
    </message>
    <message>
        <source>MaximumEventAgeInSeconds is %1; Lambda allows 60 to 21600</source>
        <translation>MaximumEventAgeInSeconds wynosi %1; Lambda pozwala na 60 do 21600</translation>
    </message>
    <message>
        <source>write a number of seconds from 60 (one minute) to 21600 (six hours)</source>
        <translation>wpisz liczbę sekund od 60 (minuta) do 21600 (sześć godzin)</translation>
    </message>
    <message>
        <source>DeadLetterQueue has Type %1; it takes SQS or SNS</source>
        <translation>DeadLetterQueue ma Type %1; przyjmuje SQS lub SNS</translation>
    </message>
    <message>
        <source>write Type: SQS or Type: SNS, or use EventInvokeConfig&apos;s OnFailure</source>
        <translation>wpisz Type: SQS lub Type: SNS albo użyj OnFailure z EventInvokeConfig</translation>
    </message>
    <message>
        <source>schedule %1 has no expression; it is left out</source>
        <translation>harmonogram %1 nie ma wyrażenia; zostaje pominięty</translation>
    </message>
    <message>
        <source>Bullpen runs local code: set %1 to the folder that holds the handler, e.g. %1: hello_world/</source>
        <translation>Bullpen uruchamia kod lokalny: ustaw %1 na folder zawierający handler, np. %1: hello_world/</translation>
    </message>
    <message>
        <source>inline code (InlineCode / ZipFile) is not supported</source>
        <translation>kod wbudowany (InlineCode / ZipFile) nie jest obsługiwany</translation>
    </message>
    <message>
        <source>container image code (ImageUri) is not supported</source>
        <translation>kod jako obraz kontenera (ImageUri) nie jest obsługiwany</translation>
    </message>
    <message>
        <source>%1 points to an S3 object (%2), not to local code</source>
        <translation>%1 wskazuje obiekt S3 (%2), a nie kod lokalny</translation>
    </message>
    <message>
        <source>%1 folder &quot;%2&quot; does not exist (looked for %3)</source>
        <translation>folder %1 „%2” nie istnieje (szukano %3)</translation>
    </message>
    <message>
        <source>create the folder or correct %1; it is relative to the template&apos;s folder</source>
        <translation>utwórz folder lub popraw %1; jest względny wobec folderu szablonu</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is a file, not a folder</source>
        <translation>%1 „%2” to plik, a nie folder</translation>
    </message>
    <message>
        <source>unpack the archive and point %1 at the folder</source>
        <translation>rozpakuj archiwum i wskaż w %1 folder</translation>
    </message>
    <message>
        <source>Architectures has %1 entries (SAM prepends Globals&apos; list to the function&apos;s); Lambda accepts one, Bullpen uses %2</source>
        <translation>Architectures ma %1 pozycje (SAM dokleja listę z Globals przed listą funkcji); Lambda przyjmuje jedną, Bullpen używa %2</translation>
    </message>
    <message>
        <source>Layers is %1, not a list</source>
        <translation>Layers to %1, a nie lista</translation>
    </message>
    <message>
        <source>write one layer a line, e.g. Layers: [!Ref CommonLayer]</source>
        <translation>wpisz jedną warstwę na wiersz, np. Layers: [!Ref CommonLayer]</translation>
    </message>
    <message>
        <source>layer %1 is not compatible with %2: its CompatibleRuntimes are %3</source>
        <translation>warstwa %1 nie jest zgodna z %2: jej CompatibleRuntimes to %3</translation>
    </message>
    <message>
        <source>add %1 to the layer&apos;s CompatibleRuntimes, or use a layer made for it</source>
        <translation>dodaj %1 do CompatibleRuntimes warstwy lub użyj warstwy przygotowanej dla niego</translation>
    </message>
    <message numerus="yes">
        <source>the function has %n layers; Lambda allows at most %1</source>
        <translation>
            <numerusform>funkcja ma %n warstwę; Lambda pozwala najwyżej na %1</numerusform>
            <numerusform>funkcja ma %n warstwy; Lambda pozwala najwyżej na %1</numerusform>
            <numerusform>funkcja ma %n warstw; Lambda pozwala najwyżej na %1</numerusform>
        </translation>
    </message>
    <message>
        <source>merge layers, or move some of their content into the function&apos;s code</source>
        <translation>połącz warstwy lub przenieś część ich zawartości do kodu funkcji</translation>
    </message>
    <message>
        <source>Layers names %1, of type %2, which is not a layer</source>
        <translation>Layers wskazuje %1 typu %2, który nie jest warstwą</translation>
    </message>
    <message>
        <source>name an AWS::Serverless::LayerVersion of the template</source>
        <translation>wskaż AWS::Serverless::LayerVersion z szablonu</translation>
    </message>
    <message>
        <source>layer %1 is not in the project</source>
        <translation>warstwy %1 nie ma w projekcie</translation>
    </message>
    <message>
        <source>Bullpen runs the project&apos;s own layers: add the layer as an AWS::Serverless::LayerVersion whose ContentUri is its content (aws lambda get-layer-version-by-arn gives a download link), and write !Ref &lt;its id&gt; in Layers</source>
        <translation>Bullpen uruchamia własne warstwy projektu: dodaj warstwę jako AWS::Serverless::LayerVersion, której ContentUri to jej zawartość (aws lambda get-layer-version-by-arn podaje link do pobrania), i wpisz !Ref &lt;jej identyfikator&gt; w Layers</translation>
    </message>
    <message>
        <source>set %1 to the folder (or .zip) that holds the layer&apos;s content, e.g. %1: layers/common/</source>
        <translation>ustaw %1 na folder (lub plik .zip) z zawartością warstwy, np. %1: layers/common/</translation>
    </message>
    <message>
        <source>it has no %1</source>
        <translation>nie ma %1</translation>
    </message>
    <message>
        <source>%1 points to an S3 object (%2), not to local content</source>
        <translation>%1 wskazuje obiekt S3 (%2), a nie zawartość lokalną</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not exist (looked for %3)</source>
        <translation>%1 „%2” nie istnieje (szukano %3)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is a file but not a .zip</source>
        <translation>%1 „%2” to plik, ale nie .zip</translation>
    </message>
    <message>
        <source>environment variable %1 is %2, which only has a value once deployed; Bullpen passes the text &quot;%2&quot;</source>
        <translation>zmienna środowiskowa %1 to %2, co ma wartość dopiero po wdrożeniu; Bullpen przekazuje tekst „%2”</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>błąd składni YAML: %1</translation>
    </message>
    <message>
        <source>fix the YAML at this position (indentation, quotes or a missing colon)</source>
        <translation>popraw YAML w tym miejscu (wcięcie, cudzysłowy lub brakujący dwukropek)</translation>
    </message>
    <message>
        <source>this is not a SAM or CloudFormation template (no top-level map)</source>
        <translation>to nie jest szablon SAM ani CloudFormation (brak mapy najwyższego poziomu)</translation>
    </message>
    <message>
        <source>a template starts with keys such as Transform: AWS::Serverless-2016-10-31 and Resources:</source>
        <translation>szablon zaczyna się od kluczy takich jak Transform: AWS::Serverless-2016-10-31 i Resources:</translation>
    </message>
    <message>
        <source>the template has no Resources</source>
        <translation>szablon nie ma Resources</translation>
    </message>
    <message>
        <source>add a Resources section with an AWS::Serverless::Function</source>
        <translation>dodaj sekcję Resources z AWS::Serverless::Function</translation>
    </message>
    <message>
        <source>the template defines no functions</source>
        <translation>szablon nie definiuje żadnych funkcji</translation>
    </message>
    <message>
        <source>add a resource with Type: AWS::Serverless::Function</source>
        <translation>dodaj zasób z Type: AWS::Serverless::Function</translation>
    </message>
    <message>
        <source>unexpected template structure: %1</source>
        <translation>nieoczekiwana struktura szablonu: %1</translation>
    </message>
    <message>
        <source>check the template against the SAM specification</source>
        <translation>sprawdź szablon ze specyfikacją SAM</translation>
    </message>
    <message>
        <source>the folder has no template.yaml, template.yml or template.json</source>
        <translation>folder nie ma pliku template.yaml, template.yml ani template.json</translation>
    </message>
    <message>
        <source>open the folder that holds the SAM template, or create one from a sample</source>
        <translation>otwórz folder z szablonem SAM lub utwórz go z przykładu</translation>
    </message>
    <message>
        <source>cannot read the template: %1</source>
        <translation>nie można odczytać szablonu: %1</translation>
    </message>
    <message>
        <source>check that the file exists and is readable</source>
        <translation>sprawdź, czy plik istnieje i można go odczytać</translation>
    </message>
    <message>
        <source>the template has no function named &quot;%1&quot;</source>
        <translation>szablon nie ma funkcji o nazwie „%1”</translation>
    </message>
    <message>
        <source>functions in this template: %1</source>
        <translation>funkcje w tym szablonie: %1</translation>
    </message>
    <message>
        <source>SnapStart has no ApplyOn</source>
        <translation>SnapStart nie ma ApplyOn</translation>
    </message>
    <message>
        <source>write SnapStart: { ApplyOn: PublishedVersions }, or ApplyOn: None</source>
        <translation>wpisz SnapStart: { ApplyOn: PublishedVersions } albo ApplyOn: None</translation>
    </message>
    <message>
        <source>SnapStart.ApplyOn is &quot;%1&quot;, which Lambda does not know</source>
        <translation>SnapStart.ApplyOn to „%1”, czego Lambda nie zna</translation>
    </message>
    <message>
        <source>write ApplyOn: PublishedVersions (or None to turn SnapStart off)</source>
        <translation>wpisz ApplyOn: PublishedVersions (albo None, aby wyłączyć SnapStart)</translation>
    </message>
    <message>
        <source>SnapStart applies to published versions: add AutoPublishAlias (e.g. AutoPublishAlias: live) and invoke the alias; until then every call runs $LATEST and starts cold as usual</source>
        <translation>SnapStart dotyczy opublikowanych wersji: dodaj AutoPublishAlias (np. AutoPublishAlias: live) i wywołuj alias; do tego czasu każde wywołanie uruchamia $LATEST i startuje na zimno jak zwykle</translation>
    </message>
</context>
<context>
    <name>Bullpen::ServerFeature</name>
    <message>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <source>&amp;Server…</source>
        <translation>&amp;Serwer…</translation>
    </message>
    <message>
        <source>Start &amp;Server</source>
        <translation>Uruchom &amp;serwer</translation>
    </message>
    <message>
        <source>The engine cannot run here: %1</source>
        <translation>Silnik nie może tu działać: %1</translation>
    </message>
    <message>
        <source>The server did not start: %1</source>
        <translation>Serwer nie wystartował: %1</translation>
    </message>
    <message>
        <source>SigV4 cannot be required: %1</source>
        <translation>Nie można wymagać SigV4: %1</translation>
    </message>
    <message>
        <source>Cannot serve on 127.0.0.1:%1: %2</source>
        <translation>Nie można nasłuchiwać na 127.0.0.1:%1: %2</translation>
    </message>
    <message>
        <source>Serving Lambda&apos;s Invoke API at %1</source>
        <translation>Invoke API Lambdy dostępne pod %1</translation>
    </message>
    <message>
        <source>(ListFunctions)</source>
        <translation>(ListFunctions)</translation>
    </message>
    <message>
        <source>Stop &amp;Server</source>
        <translation>Zatrzymaj &amp;serwer</translation>
    </message>
    <message>
        <source>Building the functions before serving…</source>
        <translation>Budowanie funkcji przed udostępnieniem…</translation>
    </message>
    <message>
        <source>The build of %1 failed: %2</source>
        <translation>Budowanie %1 nie powiodło się: %2</translation>
    </message>
    <message>
        <source>%1; the server still serves the last build</source>
        <translation>%1; serwer nadal udostępnia ostatnią kompilację</translation>
    </message>
</context>
<context>
    <name>Bullpen::ServerRequestModel</name>
    <message>
        <source>(refused)</source>
        <translation>(odrzucono)</translation>
    </message>
    <message>
        <source>Request id %1</source>
        <translation>Identyfikator żądania %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operacja</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funkcja</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
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
        <translation>&amp;Uruchom</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>dowolny wolny port</translation>
    </message>
    <message>
        <source>The port of Lambda&apos;s Invoke API on 127.0.0.1 (0 picks a free one).</source>
        <translation>Port Invoke API Lambdy na 127.0.0.1 (0 wybiera wolny).</translation>
    </message>
    <message>
        <source>Off: any request is taken, signed or not, as SAM does. A profile from ~/.aws: requests must carry a valid SigV4 signature made with its keys.</source>
        <translation>Wyłączone: każde żądanie jest przyjmowane, podpisane lub nie, jak w SAM. Profil z ~/.aws: żądania muszą mieć poprawny podpis SigV4 wykonany jego kluczami.</translation>
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
        <translation>Metoda</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ścieżka</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funkcja</translation>
    </message>
    <message>
        <source>Copy &amp;aws</source>
        <translation>Kopiuj &amp;aws</translation>
    </message>
    <message>
        <source>Copy c&amp;url</source>
        <translation>Kopiuj c&amp;url</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Funkcja:</translation>
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
        <translation>Wy&amp;czyść log</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>Żą&amp;dania</translation>
    </message>
    <message>
        <source>R&amp;outes</source>
        <translation>T&amp;rasy</translation>
    </message>
    <message>
        <source>aws command</source>
        <translation>polecenie aws</translation>
    </message>
    <message>
        <source>curl command</source>
        <translation>polecenie curl</translation>
    </message>
    <message>
        <source>Off (any credentials, as SAM)</source>
        <translation>Wyłączone (dowolne dane, jak SAM)</translation>
    </message>
    <message>
        <source>Required: profile %1</source>
        <translation>Wymagane: profil %1</translation>
    </message>
    <message>
        <source>Required: profile %1 (not found)</source>
        <translation>Wymagane: profil %1 (nie znaleziono)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Za&amp;trzymaj</translation>
    </message>
    <message>
        <source>Listening: Invoke API at %1</source>
        <translation>Nasłuchuje: Invoke API pod %1</translation>
    </message>
    <message>
        <source> (any credentials)</source>
        <translation> (dowolne dane uwierzytelniające)</translation>
    </message>
    <message>
        <source> (SigV4 with profile %1)</source>
        <translation> (SigV4 z profilem %1)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Zatrzymano.</translation>
    </message>
    <message>
        <source>Copied the %1.</source>
        <translation>Skopiowano: %1.</translation>
    </message>
</context>
<context>
    <name>Bullpen::TargetsFeature</name>
    <message>
        <source>Deployment Targets</source>
        <translation>Cele wdrożenia</translation>
    </message>
    <message>
        <source>Deployment &amp;Targets…</source>
        <translation>&amp;Cele wdrożenia…</translation>
    </message>
</context>
<context>
    <name>Bullpen::TargetsModel</name>
    <message>
        <source>not checked yet</source>
        <translation>jeszcze nie sprawdzono</translation>
    </message>
    <message>
        <source>Not probed: Bullpen did not deploy this target.</source>
        <translation>Nie sondowano: Bullpen nie wdrożył tego celu.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
</context>
<context>
    <name>Bullpen::TargetsView</name>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Sprawdź</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Wdróż</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>What Up and Down do shows here.</source>
        <translation>Tu widać, co robią Wdróż i Usuń.</translation>
    </message>
    <message>
        <source>Check every target&apos;s health (never runs a function)</source>
        <translation>Sprawdź stan każdego celu (nigdy nie uruchamia funkcji)</translation>
    </message>
    <message>
        <source>Build the functions and deploy them on the selected target</source>
        <translation>Zbuduj funkcje i wdróż je w wybranym celu</translation>
    </message>
    <message>
        <source>Remove what Bullpen made on the selected target</source>
        <translation>Usuń to, co Bullpen utworzył w wybranym celu</translation>
    </message>
    <message>
        <source>Open bullpen-targets.yaml</source>
        <translation>Otwórz bullpen-targets.yaml</translation>
    </message>
    <message>
        <source>failed: </source>
        <translation>niepowodzenie: </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) in %1</source>
        <translation>
            <numerusform>%n cel w %1</numerusform>
            <numerusform>%n cele w %1</numerusform>
            <numerusform>%n celów w %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Żaden projekt nie jest otwarty.</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>sprawdzanie</translation>
    </message>
    <message>
        <source>deploying</source>
        <translation>wdrażanie</translation>
    </message>
    <message>
        <source>%1: building the functions</source>
        <translation>%1: budowanie funkcji</translation>
    </message>
    <message>
        <source>%1: the build failed: %2</source>
        <translation>%1: budowanie nie powiodło się: %2</translation>
    </message>
    <message>
        <source>removing</source>
        <translation>usuwanie</translation>
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
        <translation>%1 ms (piaskownica %2 + inicjalizacja %3)</translation>
    </message>
    <message>
        <source>%1 (throttled)</source>
        <translation>%1 (dławione)</translation>
    </message>
    <message>
        <source>throttled</source>
        <translation>dławione</translation>
    </message>
    <message>
        <source>running</source>
        <translation>trwa</translation>
    </message>
    <message>
        <source>Instance / request</source>
        <translation>Instancja / żądanie</translation>
    </message>
    <message>
        <source>Arrived (pool clock)</source>
        <translation>Przybyło (zegar puli)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>W kolejce</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>Inicjalizacja</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>uruchamianie</translation>
    </message>
    <message>
        <source>%1 ms (prepared sandbox %2 + init %3)</source>
        <translation>%1 ms (przygotowana piaskownica %2 + inicjalizacja %3)</translation>
    </message>
    <message>
        <source>warm call</source>
        <translation>ciepłe wywołanie</translation>
    </message>
    <message>
        <source>cold start, sandbox made on demand</source>
        <translation>zimny start, piaskownica utworzona na żądanie</translation>
    </message>
    <message>
        <source>cold start from a prepared sandbox</source>
        <translation>zimny start z przygotowanej piaskownicy</translation>
    </message>
    <message>
        <source>%1 ms (restore %2 + after-restore %3)</source>
        <translation>%1 ms (przywrócenie %2 + po przywróceniu %3)</translation>
    </message>
    <message>
        <source>cold start restored from a SnapStart snapshot</source>
        <translation>zimny start przywrócony z migawki SnapStart</translation>
    </message>
</context>
<context>
    <name>Bullpen::TimelineView</name>
    <message>
        <source>queued</source>
        <translation>w kolejce</translation>
    </message>
    <message>
        <source>runtime init</source>
        <translation>inicjalizacja środowiska</translation>
    </message>
    <message>
        <source>run</source>
        <translation>wykonanie</translation>
    </message>
    <message>
        <source>cold (zoomed out)</source>
        <translation>zimny (pomniejszone)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>niepowodzenie</translation>
    </message>
    <message>
        <source>throttled</source>
        <translation>dławione</translation>
    </message>
    <message>
        <source>Invocations appear here, one row per instance.</source>
        <translation>Tutaj pojawiają się wywołania, jeden wiersz na instancję.</translation>
    </message>
    <message>
        <source>%1 throttled</source>
        <translation>dławione: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Throttled (TooManyRequestsException)</source>
        <translation>Dławione (TooManyRequestsException)</translation>
    </message>
    <message>
        <source>Warm, on %1</source>
        <translation>Ciepły, na %1</translation>
    </message>
    <message>
        <source>Queued: %1 ms</source>
        <translation>W kolejce: %1 ms</translation>
    </message>
    <message>
        <source>Waited for its cold start: %1 ms (sandbox %2 ms, runtime init %3 ms)</source>
        <translation>Czekało na swój zimny start: %1 ms (piaskownica %2 ms, inicjalizacja środowiska %3 ms)</translation>
    </message>
    <message>
        <source>Waited for init: %1 ms</source>
        <translation>Czekało na inicjalizację: %1 ms</translation>
    </message>
    <message>
        <source>Waiting for the runtime&apos;s init</source>
        <translation>Czeka na inicjalizację środowiska</translation>
    </message>
    <message>
        <source>Waiting for its sandbox</source>
        <translation>Czeka na swoją piaskownicę</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Trwa</translation>
    </message>
    <message>
        <source>Duration: %1 ms</source>
        <translation>Czas trwania: %1 ms</translation>
    </message>
    <message>
        <source>Click to open its result.</source>
        <translation>Kliknij, aby otworzyć wynik.</translation>
    </message>
    <message>
        <source>sandbox (on demand)</source>
        <translation>piaskownica (na żądanie)</translation>
    </message>
    <message>
        <source>prepared sandbox</source>
        <translation>przygotowana piaskownica</translation>
    </message>
    <message>
        <source>Cold start from a prepared sandbox, on %1</source>
        <translation>Zimny start z przygotowanej piaskownicy, na %1</translation>
    </message>
    <message>
        <source>Cold start, sandbox made on demand, on %1</source>
        <translation>Zimny start, piaskownica utworzona na żądanie, na %1</translation>
    </message>
    <message>
        <source>Waited for its cold start: %1 ms (prepared sandbox taken and started %2 ms, runtime init %3 ms)</source>
        <translation>Czekało na zimny start: %1 ms (przygotowana piaskownica przejęta i uruchomiona %2 ms, inicjalizacja środowiska %3 ms)</translation>
    </message>
    <message>
        <source>SnapStart restore</source>
        <translation>przywrócenie SnapStart</translation>
    </message>
    <message>
        <source>Cold start restored from a SnapStart snapshot, on %1</source>
        <translation>Zimny start przywrócony z migawki SnapStart, na %1</translation>
    </message>
    <message>
        <source>Waited for its cold start: %1 ms (restore %2 ms, wake and after-restore hooks %3 ms)</source>
        <translation>Czekało na zimny start: %1 ms (przywrócenie %2 ms, wybudzenie i hooki po przywróceniu %3 ms)</translation>
    </message>
</context>
<context>
    <name>Bullpen::WelcomePage</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nowy projekt…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Otwórz projekt…</translation>
    </message>
    <message>
        <source>Bullpen</source>
        <translation>Bullpen</translation>
    </message>
    <message>
        <source>Write AWS Lambda functions and run them on this machine, in a warm pool of containers that speaks Lambda&apos;s Runtime API.</source>
        <translation>Pisz funkcje AWS Lambda i uruchamiaj je na tym komputerze, w puli ciepłych kontenerów, która mówi językiem Runtime API Lambdy.</translation>
    </message>
    <message>
        <source>Create a project from a sample (Ctrl+Shift+N)</source>
        <translation>Utwórz projekt z przykładu (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Open a SAM project: its folder or template.yaml (Ctrl+Shift+O)</source>
        <translation>Otwórz projekt SAM: jego folder lub template.yaml (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>&amp;Ostatnie projekty</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>None yet: a new project starts from a sample.</source>
        <translation>Jeszcze żadnych: nowy projekt zaczyna się od przykładu.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Local pool</source>
        <translation>Lokalna pula</translation>
    </message>
    <message>
        <source>Docker container</source>
        <translation>Kontener Docker</translation>
    </message>
    <message>
        <source>Docker Swarm service</source>
        <translation>Usługa Docker Swarm</translation>
    </message>
    <message>
        <source>EC2-style endpoint</source>
        <translation>Punkt końcowy w stylu EC2</translation>
    </message>
    <message>
        <source>AWS Lambda</source>
        <translation>AWS Lambda</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n calls, containers %4; the model ran the %2 policies in %3 s</source>
        <translation>
            <numerusform>%1: %n wywołanie, kontenery %4; model przeliczył %2 strategii w %3 s</numerusform>
            <numerusform>%1: %n wywołania, kontenery %4; model przeliczył %2 strategii w %3 s</numerusform>
            <numerusform>%1: %n wywołań, kontenery %4; model przeliczył %2 strategii w %3 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <source>Develop AWS-Lambda-style functions locally.</source>
        <translation>Twórz lokalnie funkcje w stylu AWS Lambda.</translation>
    </message>
    <message>
        <source>A project folder or template.yaml to open, or a file.</source>
        <translation>Folder projektu lub plik template.yaml do otwarcia albo dowolny plik.</translation>
    </message>
</context>
</TS>
