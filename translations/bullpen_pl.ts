<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>AwsCredentialProvider</name>
    <message>
        <source>The AWS profile "%1" gets its credentials through %2, which Bullpen does not run; give it aws_access_key_id and aws_secret_access_key, or export them.</source>
        <translation>Profil AWS „%1” pobiera dane uwierzytelniające przez %2, którego Bullpen nie uruchamia; wpisz w nim aws_access_key_id i aws_secret_access_key albo je wyeksportuj.</translation>
    </message>
    <message>
        <source>No AWS profile "%1" in %2 or %3.</source>
        <translation>Brak profilu AWS „%1” w %2 ani w %3.</translation>
    </message>
    <message>
        <source>The AWS profile "%1" has no aws_access_key_id and aws_secret_access_key.</source>
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
        <source>%1 asynchronous events wait, but the engine cannot start: %2</source>
        <translation>Czekające zdarzenia asynchroniczne: %1, ale silnik nie może wystartować: %2</translation>
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
        <source>Build the project's functions and layers into .aws-sam/build (Ctrl+B)</source>
        <translation>Zbuduj funkcje i warstwy projektu do .aws-sam/build (Ctrl+B)</translation>
    </message>
    <message>
        <source>Not built in this session</source>
        <translation>Nie budowano w tej sesji</translation>
    </message>
    <message numerus="yes">
        <source>Built %n function(s) or layer(s)</source>
        <translation><numerusform>Zbudowano %n funkcję lub warstwę</numerusform><numerusform>Zbudowano %n funkcje lub warstwy</numerusform><numerusform>Zbudowano %n funkcji lub warstw</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n up to date</source>
        <translation><numerusform>, %n aktualna</numerusform><numerusform>, %n aktualne</numerusform><numerusform>, %n aktualnych</numerusform></translation>
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
        <translation><numerusform>Niezapisane zmiany %n dokumentu z ostatniej sesji można przywrócić: zobacz pasek nad tekstem.</numerusform><numerusform>Niezapisane zmiany %n dokumentów z ostatniej sesji można przywrócić: zobacz pasek nad tekstem.</numerusform><numerusform>Niezapisane zmiany %n dokumentów z ostatniej sesji można przywrócić: zobacz pasek nad tekstem.</numerusform></translation>
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
        <source>Save the payload as one of the project's events</source>
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
        <source>%1 bytes</source>
        <translation>%1 bajtów</translation>
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
        <translation><numerusform>%1 · %n błąd</numerusform><numerusform>%1 · %n błędy</numerusform><numerusform>%1 · %n błędów</numerusform></translation>
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
        <source>"%1" cannot be used: %2.</source>
        <translation>Nie można użyć „%1”: %2.</translation>
    </message>
    <message>
        <source>Rename Event</source>
        <translation>Zmień nazwę zdarzenia</translation>
    </message>
    <message>
        <source>Bring back "%1"</source>
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
        <source>Init Duration: only a cold start runs the function's initialisation code.</source>
        <translation>Init Duration: tylko zimny start wykonuje kod inicjalizacji funkcji.</translation>
    </message>
    <message>
        <source>%1 / %2 MB</source>
        <translation>%1 / %2 MB</translation>
    </message>
    <message>
        <source>Max Memory Used of the function's Memory Size</source>
        <translation>Max Memory Used względem Memory Size funkcji</translation>
    </message>
    <message>
        <source>Max Memory Used of the function's Memory Size. %1</source>
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
        <translation><numerusform>Zamieniono %n</numerusform><numerusform>Zamieniono %n</numerusform><numerusform>Zamieniono %n</numerusform></translation>
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
        <translation><numerusform>%n trafienie</numerusform><numerusform>%n trafienia</numerusform><numerusform>%n trafień</numerusform></translation>
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
        <translation><numerusform>Pierwsze %n trafienie</numerusform><numerusform>Pierwsze %n trafienia</numerusform><numerusform>Pierwszych %n trafień</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation><numerusform>%n trafienie</numerusform><numerusform>%n trafienia</numerusform><numerusform>%n trafień</numerusform></translation>
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
        <source>ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions: instances of the alias initialised ahead of any call and kept; their init is on no caller's path</source>
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
        <source>How long an idle instance of this function stays warm (bullpen-project.json). 45 minutes, Lambda's, follows the keep-alive in Preferences.</source>
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
        <source>AutoPublishAlias "%1" is not an alias name (letters, digits, - and _)</source>
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
        <source>The history of this project (%1) was %2. It is left as it is; this session's invocations are not kept.</source>
        <translation>Historia tego projektu (%1) była %2. Pozostaje bez zmian; wywołania z tej sesji nie zostaną zachowane.</translation>
    </message>
    <message>
        <source>The history of this project could not be read (%1), and %2 could not be kept aside (%3). It is left as it is; this session's invocations are not kept.</source>
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
        <source>Forget this project's invocations</source>
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
        <translation><numerusform>%n obraz w demonie.</numerusform><numerusform>%n obrazy w demonie.</numerusform><numerusform>%n obrazów w demonie.</numerusform></translation>
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
        <translation><numerusform>Usunięto %n obraz.</numerusform><numerusform>Usunięto %n obrazy.</numerusform><numerusform>Usunięto %n obrazów.</numerusform></translation>
    </message>
    <message>
        <source>Removing stale images…</source>
        <translation>Usuwanie nieaktualnych obrazów…</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n stale image(s).</source>
        <translation><numerusform>Usunięto %n nieaktualny obraz.</numerusform><numerusform>Usunięto %n nieaktualne obrazy.</numerusform><numerusform>Usunięto %n nieaktualnych obrazów.</numerusform></translation>
    </message>
</context>
<context>
    <name>Bullpen::InstanceDetails</name>
    <message>
        <source>The logs of this instance's invocations that the window ran appear here.</source>
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
        <source>The invocation of %1 started before the project changed has ended; it is in its own project's history.</source>
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
        <source>invoke %1 %2 times at once</source>
        <translation>wywołaj %1 %2 razy jednocześnie</translation>
    </message>
    <message>
        <source>invoke %1 %2 times, one after another</source>
        <translation>wywołaj %1 %2 razy, jedno po drugim</translation>
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
        <source>provision %1 instances</source>
        <translation>zapewnij %1 instancji</translation>
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
        <source>This is your copy of the lesson's project: change the code, save, and replay the lesson.</source>
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
        <source>The step's text and checks</source>
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
        <source>Stop the lesson's instances and start again from the first step</source>
        <translation>Zatrzymaj instancje lekcji i zacznij od pierwszego kroku</translation>
    </message>
    <message>
        <source>Open the lesson's project (your copy, in the data folder) and its function's code: change it and play the lesson again</source>
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
        <source>The pool clock's speed for this load (arrivals and keep-alive); handlers still take real time</source>
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
        <source>A CSV of 'offset_ms,function' lines, or an Azure Functions 2019 per-minute count file</source>
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
        <source>The trace calls '%1', which the project does not have; its functions are: %2</source>
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
        <source>&lt;h3&gt;Bullpen %1&lt;/h3&gt;&lt;p&gt;Develop AWS-Lambda-style functions on your own machine: open a SAM project, edit handlers, build events, and run them in a local warm pool of containers that speaks Lambda's Runtime API.&lt;/p&gt;&lt;p&gt;Engine: %2.&lt;/p&gt;&lt;p&gt;Syntax highlighting by KDE's KSyntaxHighlighting. Built with Qt %3.&lt;/p&gt;</source>
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
        <source>One container per application (the paper's model)</source>
        <translation>Jeden kontener na aplikację (model z artykułu)</translation>
    </message>
    <message>
        <source>One call per instance (Lambda's rule)</source>
        <translation>Jedno wywołanie na instancję (reguła Lambdy)</translation>
    </message>
    <message>
        <source>The paper simulates one container per application that serves every call; Lambda and Bullpen's pool run one call per instance and scale out, each idle instance with its own keep-alive</source>
        <translation>Artykuł symuluje jeden kontener na aplikację, który obsługuje każde wywołanie; Lambda i pula Bullpena wykonują jedno wywołanie na instancję i skalują się, każda bezczynna instancja z własnym podtrzymaniem</translation>
    </message>
    <message>
        <source>The pool's model (no containers) under keep-alive policies: none, fixed 1, 5, 10, 20, 45, 60 and 120 minutes, and the hybrid histogram policy of Shahrad et al. (USENIX ATC 2020) with the histogram ranges of its Fig. 15: 2, 3 and 4 hours.</source>
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
        <source>3rd quartile of functions' cold %</source>
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
        <source>a synthetic day of %1 functions (seed %2)</source>
        <translation>syntetyczny dzień %1 funkcji (ziarno %2)</translation>
    </message>
    <message>
        <source>%1 (%2 ms per call, %3 MB)</source>
        <translation>%1 (%2 ms na wywołanie, %3 MB)</translation>
    </message>
    <message>
        <source>Running %1 calls of %2 through the model…</source>
        <translation>Przepuszczanie %1 wywołań z %2 przez model…</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 z %2 (%3%)</translation>
    </message>
    <message>
        <source>Cold-start % of a function's calls</source>
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
        <source>3rd quartile of functions' cold-start %</source>
        <translation>3. kwartyl odsetka zimnych startów funkcji (%)</translation>
    </message>
</context>
<context>
    <name>Bullpen::PoolCharts</name>
    <message>
        <source>Latency (real time; a cold start's init included)</source>
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
        <source>Stop the pool view's current instance; the next call of its function is cold</source>
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
        <translation><numerusform>Wygaszono teraz %n bezczynną instancję.</numerusform><numerusform>Wygaszono teraz %n bezczynne instancje.</numerusform><numerusform>Wygaszono teraz %n bezczynnych instancji.</numerusform></translation>
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
    <message>
        <source>Pre-warming %1 of %2 instances of %3 (the instance cap allows no more).</source>
        <translation>Rozgrzewanie %1 z %2 instancji %3 (limit instancji nie pozwala na więcej).</translation>
    </message>
    <message numerus="yes">
        <source>Pre-warming %n instance(s) of %1: their init is on no caller's path.</source>
        <translation><numerusform>Rozgrzewanie %n instancji %1: jej inicjalizacja nie opóźnia żadnego wywołującego.</numerusform><numerusform>Rozgrzewanie %n instancji %1: ich inicjalizacja nie opóźnia żadnego wywołującego.</numerusform><numerusform>Rozgrzewanie %n instancji %1: ich inicjalizacja nie opóźnia żadnego wywołującego.</numerusform></translation>
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
        <source>The pool clock: keep-alive, schedules and provisioned time run on it. A handler's timeout is always real time.</source>
        <translation>Zegar puli: według niego biegną podtrzymanie, harmonogramy i czas zapewnionych instancji. Limit czasu handlera to zawsze czas rzeczywisty.</translation>
    </message>
    <message>
        <source>What these invocations would cost on AWS Lambda at the on-demand prices in Preferences: requests plus GB-seconds (billed duration × memory). An idle on-demand pool costs nothing.</source>
        <translation>Ile te wywołania kosztowałyby w AWS Lambda według cen na żądanie z Preferencji: żądania plus GB-sekundy (rozliczony czas × pamięć). Bezczynna pula na żądanie nic nie kosztuje.</translation>
    </message>
    <message>
        <source>%1 instances · %2 busy · %3 idle · %4 starting</source>
        <translation>instancje: %1 · zajęte: %2 · bezczynne: %3 · startujące: %4</translation>
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
        <source>%1 requests · %2 GB-s · $%3</source>
        <translation>żądania: %1 · %2 GB-s · $%3</translation>
    </message>
    <message>
        <source> · idle: costs nothing</source>
        <translation> · bezczynna: nic nie kosztuje</translation>
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
        <source>Sandbox made in: %1 ms</source>
        <translation>Piaskownica utworzona w: %1 ms</translation>
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
        <source>%1 instances · %2 busy · %3 idle · %4 starting</source>
        <translation>instancje: %1 · zajęte: %2 · bezczynne: %3 · startujące: %4</translation>
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
        <source>Show Instance's Logs and Invocations</source>
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
        <source>Concurrent invocations across all functions beyond this are refused with TooManyRequestsException (ConcurrentInvocationLimitExceeded). Lambda's default account limit is 1,000.</source>
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
        <source>Each instance runs in its own container with the function's memory limit, like Lambda's execution environments. Changing it stops the running instances.</source>
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
        <source>Saved %1's settings to %2</source>
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
        <source>%1 — %2 functions</source>
        <translation>%1 — funkcje: %2</translation>
    </message>
    <message>
        <source>&lt;span style="color:#c0392b"&gt;template.yaml does not load: %1&lt;/span&gt;&lt;br&gt;&lt;small&gt;Showing the functions as last loaded.&lt;/small&gt;</source>
        <translation>&lt;span style="color:#c0392b"&gt;Nie można wczytać template.yaml: %1&lt;/span&gt;&lt;br&gt;&lt;small&gt;Funkcje pokazano w stanie z ostatniego wczytania.&lt;/small&gt;</translation>
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
        <source>Check that the function's runtime is installed on this machine (python3 for Python runtimes, node for Node.js) and that the template names a supported Runtime.</source>
        <translation>Sprawdź, czy środowisko funkcji jest zainstalowane na tym komputerze (python3 dla środowisk Python, node dla Node.js) i czy szablon podaje obsługiwane Runtime.</translation>
    </message>
    <message>
        <source>Bullpen could not open a local port for the function's Runtime API. Check that loopback networking works here, then invoke again.</source>
        <translation>Bullpen nie mógł otworzyć lokalnego portu dla Runtime API funkcji. Sprawdź, czy działa tu sieć loopback, i wywołaj ponownie.</translation>
    </message>
    <message>
        <source>The engine stopped the function's instance before it answered (the engine was stopped or its settings changed). Invoke again.</source>
        <translation>Silnik zatrzymał instancję funkcji, zanim odpowiedziała (silnik został zatrzymany lub zmieniono jego ustawienia). Wywołaj ponownie.</translation>
    </message>
    <message>
        <source>The function's build failed; the Build panel has the tool's whole output. Fix the manifest or the code, then invoke again (the last good build is kept).</source>
        <translation>Budowanie funkcji nie powiodło się; panel „Budowanie” zawiera pełne wyjście narzędzia. Popraw manifest lub kod i wywołaj ponownie (ostatnia poprawna kompilacja zostaje zachowana).</translation>
    </message>
    <message>
        <source>Check the function's settings in the Project panel, then invoke again.</source>
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
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p style="white-space:pre-wrap"&gt;%2&lt;/p&gt;&lt;p&gt;Lambda refuses such a request before the function runs. Fix the event, then invoke again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p style="white-space:pre-wrap"&gt;%2&lt;/p&gt;&lt;p&gt;Lambda odrzuca takie żądanie, zanim funkcja się uruchomi. Popraw zdarzenie i wywołaj ponownie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bullpen could not run %1</source>
        <translation>Bullpen nie mógł uruchomić %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The engine reported:&lt;/b&gt;&lt;/p&gt;&lt;p style="white-space:pre-wrap"&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Silnik zgłosił:&lt;/b&gt;&lt;/p&gt;&lt;p style="white-space:pre-wrap"&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Co zrobić:&lt;/b&gt; %2&lt;/p&gt;</translation>
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
        <translation><numerusform>%n bajt</numerusform><numerusform>%n bajty</numerusform><numerusform>%n bajtów</numerusform></translation>
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
        <source>Serving Lambda's Invoke API at %1</source>
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
        <source>The port of Lambda's Invoke API on 127.0.0.1 (0 picks a free one).</source>
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
</context>
<context>
    <name>Bullpen::TimelineView</name>
    <message>
        <source>queued</source>
        <translation>w kolejce</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>piaskownica</translation>
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
        <source>Cold start on %1</source>
        <translation>Zimny start na %1</translation>
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
        <source>Waiting for the runtime's init</source>
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
        <source>Write AWS Lambda functions and run them on this machine, in a warm pool of containers that speaks Lambda's Runtime API.</source>
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
        <source>%1: %2 calls, containers %5; the model ran the %3 policies in %4 s</source>
        <translation>%1: wywołań %2, kontenery %5; model przeliczył %3 strategii w %4 s</translation>
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
