<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>Semina::AtomicFile</name>
    <message>
        <source> Free some space on that disk and try again.</source>
        <translation> Libera spazio su quel disco e riprova.</translation>
    </message>
    <message>
        <source> Check that the folder is writable.</source>
        <translation> Controlla che la cartella sia scrivibile.</translation>
    </message>
    <message>
        <source>Could not %1 &quot;%2&quot;: %3.</source>
        <translation>Impossibile %1 &quot;%2&quot;: %3.</translation>
    </message>
    <message>
        <source>create a temporary file for</source>
        <translation>creare un file temporaneo per</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was written before it was opened.</source>
        <translation>Il file &quot;%1&quot; è stato scritto prima di essere aperto.</translation>
    </message>
    <message>
        <source>write</source>
        <translation>scrivere</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was committed before it was opened.</source>
        <translation>Il file &quot;%1&quot; è stato confermato prima di essere aperto.</translation>
    </message>
    <message>
        <source>flush to disk</source>
        <translation>scrivere su disco</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>sostituire</translation>
    </message>
    <message>
        <source>Could not flush the folder &quot;%1&quot; to disk: %2.</source>
        <translation>Impossibile scrivere su disco la cartella &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was renamed into place before it was flushed to disk.</source>
        <translation>Il file &quot;%1&quot; è stato rinominato al suo posto prima di essere scritto su disco.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was patched beyond what was written.</source>
        <translation>Il file &quot;%1&quot; è stato modificato oltre la parte già scritta.</translation>
    </message>
</context>
<context>
    <name>Semina::Azure</name>
    <message>
        <source>The storage service sent a listing that is not valid XML (%1).</source>
        <translation>Il servizio di archiviazione ha inviato un elenco che non è XML valido (%1).</translation>
    </message>
</context>
<context>
    <name>Semina::Azure::BlobSession</name>
    <message>
        <source>Could not reach %1: %2. Check the address in the connection string and the network.</source>
        <translation>Impossibile raggiungere %1: %2. Controlla l&apos;indirizzo nella stringa di connessione e la rete.</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>%1 did not answer properly after %2 attempts (last: %3). Check that the service is reachable and try again later.</source>
        <translation>%1 non ha risposto correttamente dopo %2 tentativi (ultimo: %3). Controlla che il servizio sia raggiungibile e riprova più tardi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in container &quot;%2&quot;</source>
        <translation>&quot;%1&quot; nel contenitore &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The container &quot;%1&quot; does not exist in %2: create it first, or check its name.</source>
        <translation>Il contenitore &quot;%1&quot; non esiste in %2: crealo prima, oppure controlla il nome.</translation>
    </message>
    <message>
        <source>The object %1 does not exist in %2.</source>
        <translation>L&apos;oggetto %1 non esiste in %2.</translation>
    </message>
    <message>
        <source>The object %1 was changed, created or removed by someone else meanwhile: read it again and retry.</source>
        <translation>L&apos;oggetto %1 è stato modificato, creato o rimosso da qualcun altro nel frattempo: rileggilo e riprova.</translation>
    </message>
    <message>
        <source>The byte range asked for is outside the object %1.</source>
        <translation>L&apos;intervallo di byte richiesto è fuori dall&apos;oggetto %1.</translation>
    </message>
    <message>
        <source>The data sent for the object %1 was damaged on its way to %2 (MD5 mismatch).</source>
        <translation>I dati inviati per l&apos;oggetto %1 si sono danneggiati durante il trasferimento verso %2 (MD5 non corrispondente).</translation>
    </message>
    <message>
        <source>%1 refused the request for %2 (%3).</source>
        <translation>%1 ha rifiutato la richiesta per %2 (%3).</translation>
    </message>
    <message>
        <source>%1 answered an unexpected HTTP %2 for %3.</source>
        <translation>%1 ha risposto con un HTTP %2 inatteso per %3.</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>la connessione è stata rifiutata</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>il server ha chiuso la connessione</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>il nome host non è stato trovato</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>la connessione è scaduta</translation>
    </message>
    <message>
        <source>the TLS handshake failed (check the certificate and the https address)</source>
        <translation>la negoziazione TLS non è riuscita (controlla il certificato e l&apos;indirizzo https)</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>errore di rete %1</translation>
    </message>
    <message>
        <source>The download of %1 from %2 broke off and cannot resume: the answer named no version (ETag). Try again.</source>
        <translation>Lo scaricamento di %1 da %2 si è interrotto e non può riprendere: la risposta non indicava alcuna versione (ETag). Riprova.</translation>
    </message>
    <message>
        <source>The download of %1 from %2 broke off and the service did not resume it where it stopped. Try again.</source>
        <translation>Lo scaricamento di %1 da %2 si è interrotto e il servizio non lo ha ripreso dal punto in cui si era fermato. Riprova.</translation>
    </message>
    <message>
        <source>%1 refused this operation on %2: the SAS lacks a permission it needs. Make a new SAS for the Blob service (resource types service, container and object) with the permissions Semina needs: read, add, create, write, delete and list for backups; read and list are enough for restores.</source>
        <translation>%1 ha rifiutato questa operazione su %2: alla SAS manca un&apos;autorizzazione necessaria. Crea una nuova SAS per il servizio BLOB (tipi di risorsa servizio, contenitore e oggetto) con le autorizzazioni che servono a Semina: lettura, aggiunta, creazione, scrittura, eliminazione ed elenco per i backup; per i ripristini bastano lettura ed elenco.</translation>
    </message>
    <message>
        <source>container &quot;%1&quot;</source>
        <translation>contenitore &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 refused access: the account key is wrong, or the SAS is not valid or has expired: check the account key or SAS (copy the key again from the Azure portal, or make a new SAS).</source>
        <translation>%1 ha rifiutato l&apos;accesso: la chiave dell&apos;account è errata, oppure la SAS non è valida o è scaduta: controlla la chiave dell&apos;account o la SAS (copia di nuovo la chiave dal portale di Azure, oppure crea una nuova SAS).</translation>
    </message>
    <message>
        <source>%1 refused access: the SAS is limited to other IP addresses than this computer&apos;s. Make a SAS whose IP range includes this computer, or one without an IP range.</source>
        <translation>%1 ha rifiutato l&apos;accesso: la SAS è limitata a indirizzi IP diversi da quello di questo computer. Crea una SAS il cui intervallo IP includa questo computer, oppure una senza intervallo IP.</translation>
    </message>
    <message>
        <source>%1 refused access: the SAS allows HTTPS only. Use an https:// BlobEndpoint (or DefaultEndpointsProtocol=https) in the connection string.</source>
        <translation>%1 ha rifiutato l&apos;accesso: la SAS consente solo HTTPS. Usa nella stringa di connessione un BlobEndpoint https:// (oppure DefaultEndpointsProtocol=https).</translation>
    </message>
    <message>
        <source>%1 does not allow access with its account key, nor with a SAS signed by that key. Ask its administrator to allow storage account key access, or for a user delegation SAS.</source>
        <translation>%1 non consente l&apos;accesso con la chiave dell&apos;account, né con una SAS firmata da quella chiave. Chiedi al suo amministratore di consentire l&apos;accesso con chiave dell&apos;account di archiviazione, oppure una SAS di delega utente.</translation>
    </message>
    <message>
        <source>%1 refused access: check the account key or SAS (copy the key again from the Azure portal, or make a new SAS), and that the storage account&apos;s firewall and virtual network rules admit this computer.</source>
        <translation>%1 ha rifiutato l&apos;accesso: controlla la chiave dell&apos;account o la SAS (copia di nuovo la chiave dal portale di Azure, oppure crea una nuova SAS), e che il firewall e le regole di rete virtuale dell&apos;account di archiviazione ammettano questo computer.</translation>
    </message>
    <message>
        <source>%1 holds too many blocks of interrupted uploads of the object %2 (Azure keeps at most 100,000 uncommitted blocks for one object, and discards them after a week): delete the object, or wait, then upload again.</source>
        <translation>%1 conserva troppi blocchi di caricamenti interrotti dell&apos;oggetto %2 (Azure ne tiene al massimo 100.000 non confermati per oggetto, e li scarta dopo una settimana): elimina l&apos;oggetto, oppure attendi, poi carica di nuovo.</translation>
    </message>
    <message>
        <source>Another upload of the object %1 finished first, and %2 discarded this upload&apos;s blocks with it: upload again.</source>
        <translation>Un altro caricamento dell&apos;oggetto %1 è terminato prima, e %2 ha scartato con esso i blocchi di questo caricamento: carica di nuovo.</translation>
    </message>
</context>
<context>
    <name>Semina::Azure::BlobStore</name>
    <message>
        <source>The container &quot;%1&quot; in %2 is still being deleted: try again in a minute.</source>
        <translation>Il contenitore &quot;%1&quot; in %2 è ancora in fase di eliminazione: riprova tra un minuto.</translation>
    </message>
    <message>
        <source>The size of the object &quot;%1&quot; is negative.</source>
        <translation>La dimensione dell&apos;oggetto &quot;%1&quot; è negativa.</translation>
    </message>
    <message>
        <source>Could not read the data for the object &quot;%1&quot;: the source ended after %2 of %3 bytes.</source>
        <translation>Impossibile leggere i dati per l&apos;oggetto &quot;%1&quot;: l&apos;origine è terminata dopo %2 di %3 byte.</translation>
    </message>
    <message>
        <source>The range %1+%2 is outside the object &quot;%3&quot; in container &quot;%4&quot;, which has %5 bytes.</source>
        <translation>L&apos;intervallo %1+%2 è fuori dall&apos;oggetto &quot;%3&quot; nel contenitore &quot;%4&quot;, che ha %5 byte.</translation>
    </message>
    <message>
        <source>The object &quot;%1&quot; in container &quot;%2&quot; arrived incomplete: %3 of %4 bytes.</source>
        <translation>L&apos;oggetto &quot;%1&quot; nel contenitore &quot;%2&quot; è arrivato incompleto: %3 di %4 byte.</translation>
    </message>
    <message>
        <source>The object &quot;%1&quot; in container &quot;%2&quot; is damaged: its bytes do not match the MD5 recorded when it was written. Restore it from another copy.</source>
        <translation>L&apos;oggetto &quot;%1&quot; nel contenitore &quot;%2&quot; è danneggiato: i suoi byte non corrispondono all&apos;MD5 registrato alla scrittura. Ripristinalo da un&apos;altra copia.</translation>
    </message>
    <message>
        <source>A listing page must hold at least one object.</source>
        <translation>Una pagina di elenco deve contenere almeno un oggetto.</translation>
    </message>
    <message>
        <source>Copying &quot;%1&quot; to &quot;%2&quot; in container &quot;%3&quot; did not finish (copy status &quot;%4&quot;): try again.</source>
        <translation>La copia di &quot;%1&quot; in &quot;%2&quot; nel contenitore &quot;%3&quot; non è terminata (stato della copia &quot;%4&quot;): riprova.</translation>
    </message>
    <message>
        <source>The object &quot;%1&quot; is too large for blocks of %2 bytes (Azure allows 50,000 blocks): use larger blocks.</source>
        <translation>L&apos;oggetto &quot;%1&quot; è troppo grande per blocchi di %2 byte (Azure ammette 50.000 blocchi): usa blocchi più grandi.</translation>
    </message>
    <message>
        <source>Could not read the data for the object &quot;%1&quot;: the source ended early (%2).</source>
        <translation>Impossibile leggere i dati per l&apos;oggetto &quot;%1&quot;: l&apos;origine è terminata prima del previsto (%2).</translation>
    </message>
    <message>
        <source>Could not write the object &quot;%1&quot; to its destination: %2.</source>
        <translation>Impossibile scrivere l&apos;oggetto &quot;%1&quot; nella destinazione: %2.</translation>
    </message>
</context>
<context>
    <name>Semina::Azure::ConnectionString</name>
    <message>
        <source>Azure account %1 at %2</source>
        <translation>account Azure %1 su %2</translation>
    </message>
    <message>
        <source>The connection string&apos;s part &quot;%1&quot; has no value: write it as %1=value.</source>
        <translation>La parte &quot;%1&quot; della stringa di connessione non ha un valore: scrivila come %1=valore.</translation>
    </message>
    <message>
        <source>The connection string is empty: copy it from the storage account&apos;s &quot;Access keys&quot; page.</source>
        <translation>La stringa di connessione è vuota: copiala dalla pagina &quot;Chiavi di accesso&quot; dell&apos;account di archiviazione.</translation>
    </message>
    <message>
        <source>The connection string&apos;s BlobEndpoint &quot;%1&quot; is not an http or https address.</source>
        <translation>Il BlobEndpoint &quot;%1&quot; della stringa di connessione non è un indirizzo http o https.</translation>
    </message>
    <message>
        <source>The connection string names no AccountName and no BlobEndpoint: copy the whole string from the storage account&apos;s &quot;Access keys&quot; page.</source>
        <translation>La stringa di connessione non indica né AccountName né BlobEndpoint: copia l&apos;intera stringa dalla pagina &quot;Chiavi di accesso&quot; dell&apos;account di archiviazione.</translation>
    </message>
    <message>
        <source>The connection string&apos;s DefaultEndpointsProtocol is &quot;%1&quot;: use https (or http for an emulator).</source>
        <translation>Il DefaultEndpointsProtocol della stringa di connessione è &quot;%1&quot;: usa https (o http per un emulatore).</translation>
    </message>
    <message>
        <source>The connection string has neither an AccountKey nor a SharedAccessSignature: Semina needs one of them to reach %1.</source>
        <translation>La stringa di connessione non ha né AccountKey né SharedAccessSignature: Semina ne ha bisogno di una per raggiungere %1.</translation>
    </message>
    <message>
        <source>The connection string&apos;s AccountKey is not valid base64: copy it again from the storage account&apos;s &quot;Access keys&quot; page.</source>
        <translation>L&apos;AccountKey della stringa di connessione non è base64 valido: copiala di nuovo dalla pagina &quot;Chiavi di accesso&quot; dell&apos;account di archiviazione.</translation>
    </message>
    <message>
        <source>AZURE_STORAGE_CONNECTION_STRING is not set.</source>
        <translation>AZURE_STORAGE_CONNECTION_STRING non è impostata.</translation>
    </message>
    <message>
        <source>The connection string has a part without a name and a value: write every part as Name=value, separated by &apos;;&apos;.</source>
        <translation>La stringa di connessione ha una parte senza nome e valore: scrivi ogni parte come Nome=valore, separandole con &apos;;&apos;.</translation>
    </message>
    <message>
        <source>The connection string&apos;s BlobEndpoint &quot;%1&quot; carries a query (a SAS?): give the address alone as BlobEndpoint, and the SAS (what follows the &apos;?&apos;) as SharedAccessSignature.</source>
        <translation>Il BlobEndpoint &quot;%1&quot; della stringa di connessione contiene una query (una SAS?): indica come BlobEndpoint solo l&apos;indirizzo, e la SAS (ciò che segue il &apos;?&apos;) come SharedAccessSignature.</translation>
    </message>
</context>
<context>
    <name>Semina::Cli</name>
    <message>
        <source>details: %1</source>
        <translation>dettagli: %1</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message numerus="yes">
        <source>, %n second(s) left</source>
        <translation>
            <numerusform>, %n secondo rimanente</numerusform>
            <numerusform>, %n secondi rimanenti</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;: see the options above.</source>
        <translation>Opzione sconosciuta &quot;%1&quot;: vedi le opzioni sopra.</translation>
    </message>
    <message>
        <source>No command given: choose one of the commands above.</source>
        <translation>Nessun comando indicato: scegline uno tra quelli sopra.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: run semina-cli --help to list the commands.</source>
        <translation>Comando sconosciuto &quot;%1&quot;: esegui semina-cli --help per l&apos;elenco dei comandi.</translation>
    </message>
    <message>
        <source>Usage: semina-cli [--lang en|it] [--verbose] COMMAND [ARGUMENTS...]
Seeds a large first backup on encrypted drives, then keeps it current over the network.

Commands:
</source>
        <translation>Uso: semina-cli [--lang en|it] [--verbose] COMANDO [ARGOMENTI...]
Invia il primo grande backup su dischi cifrati, poi lo mantiene aggiornato via rete.

Comandi:
</translation>
    </message>
    <message>
        <source>
Options:
  --help, -h              Show this help; COMMAND --help shows a command&apos;s own.
  --version               Show the version.
  --lang en|it            Use this language from now on.
  --verbose               Also show Semina&apos;s informational log lines (anywhere on the line).

Exit codes are listed in docs/CLI.md.
</source>
        <translation>
Opzioni:
  --help, -h              Mostra questo aiuto; COMANDO --help mostra quello del comando.
  --version               Mostra la versione.
  --lang en|it            Usa questa lingua d&apos;ora in poi.
  --verbose               Mostra anche le righe informative del registro di Semina (ovunque nella riga).

I codici di uscita sono elencati in docs/CLI.md.
</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::AccountCommand</name>
    <message>
        <source>add | list | test | remove: the storage accounts (a folder or Azure) Semina writes to</source>
        <translation>add | list | test | remove: gli account di archiviazione (una cartella o Azure) in cui Semina scrive</translation>
    </message>
    <message>
        <source>Unknown or incomplete account command: see the usage above.</source>
        <translation>Comando account sconosciuto o incompleto: vedi l&apos;uso sopra.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: see semina-cli account --help.</source>
        <translation>Argomento inatteso &quot;%1&quot;: vedi semina-cli account --help.</translation>
    </message>
    <message>
        <source>Give a NAME and exactly one of --folder PATH or --connection-string-stdin: see semina-cli account --help.</source>
        <translation>Indica un NOME ed esattamente uno tra --folder PERCORSO e --connection-string-stdin: vedi semina-cli account --help.</translation>
    </message>
    <message>
        <source>Could not read standard input.</source>
        <translation>Impossibile leggere lo standard input.</translation>
    </message>
    <message>
        <source>No storage accounts yet: add one with semina-cli account add.</source>
        <translation>Nessun account di archiviazione: aggiungine uno con semina-cli account add.</translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation>cartella %1</translation>
    </message>
    <message>
        <source>azure %1</source>
        <translation>azure %1</translation>
    </message>
    <message>
        <source>container %1</source>
        <translation>contenitore %1</translation>
    </message>
    <message>
        <source>The storage account &quot;%1&quot; works: %2</source>
        <translation>L&apos;account di archiviazione &quot;%1&quot; funziona: %2</translation>
    </message>
    <message>
        <source>Removed the storage account &quot;%1&quot;; its data was not touched.</source>
        <translation>Rimosso l&apos;account di archiviazione &quot;%1&quot;; i suoi dati non sono stati toccati.</translation>
    </message>
    <message>
        <source>Usage:
  semina-cli account add NAME --folder PATH [--container NAME]
  semina-cli account add NAME --connection-string-stdin [--container NAME]
  semina-cli account list
  semina-cli account test NAME
  semina-cli account remove NAME
A folder account keeps its containers as sub-folders of PATH. An Azure account is given by its
connection string, read from standard input so it never shows in the process list; its key or SAS
is kept in the OS keychain. The container defaults to &quot;semina&quot;; `account add` creates it when it
does not exist yet.
`account test` writes, reads back and removes a test object. Exit codes: 0 it works, 4 the
container or folder does not exist, 5 the key or SAS is refused, 8 the service cannot be
reached, 10 no keychain (see docs/CLI.md).
</source>
        <translation>Uso:
  semina-cli account add NOME --folder PERCORSO [--container NOME]
  semina-cli account add NOME --connection-string-stdin [--container NOME]
  semina-cli account list
  semina-cli account test NOME
  semina-cli account remove NOME
Un account cartella tiene i suoi contenitori come sottocartelle di PERCORSO. Un account Azure è dato dalla sua
stringa di connessione, letta dallo standard input perché non compaia mai nell&apos;elenco dei processi; la sua chiave o SAS
è conservata nel portachiavi del sistema. Il contenitore predefinito è &quot;semina&quot;; `account add` lo crea se
non esiste ancora.
`account test` scrive, rilegge e rimuove un oggetto di prova. Codici di uscita: 0 funziona, 4 il
contenitore o la cartella non esiste, 5 la chiave o la SAS è rifiutata, 8 il servizio non è
raggiungibile, 10 nessun portachiavi (vedi docs/CLI.md).
</translation>
    </message>
    <message>
        <source>Replaced the storage account &quot;%1&quot; (container &quot;%2&quot;).</source>
        <translation>Sostituito l&apos;account di archiviazione &quot;%1&quot; (contenitore &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Added the storage account &quot;%1&quot; (container &quot;%2&quot;).</source>
        <translation>Aggiunto l&apos;account di archiviazione &quot;%1&quot; (contenitore &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was saved, but its container &quot;%2&quot; could not be created: %3 Once this is fixed, &quot;semina-cli account add&quot; again creates it.</source>
        <translation>L&apos;account &quot;%1&quot; è stato salvato, ma non è stato possibile creare il suo contenitore &quot;%2&quot;: %3 Risolto questo, eseguire di nuovo &quot;semina-cli account add&quot; lo crea.</translation>
    </message>
    <message>
        <source>Created the container &quot;%1&quot; in %2.</source>
        <translation>Creato il contenitore &quot;%1&quot; in %2.</translation>
    </message>
    <message>
        <source>The container &quot;%1&quot; exists in %2.</source>
        <translation>Il contenitore &quot;%1&quot; esiste in %2.</translation>
    </message>
    <message>
        <source>Check the account with: semina-cli account test %1</source>
        <translation>Verifica l&apos;account con: semina-cli account test %1</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::BackupCommand</name>
    <message>
        <source>back up files and folders into a vault</source>
        <translation>esegue il backup di file e cartelle in un insieme di credenziali</translation>
    </message>
    <message>
        <source>Backs up PATH... into the vault. Unchanged files since the last backup of the same paths are not read again; an interrupted backup resumes.</source>
        <translation>Esegue il backup di PERCORSO... nell&apos;insieme di credenziali. I file non modificati dall&apos;ultimo backup degli stessi percorsi non vengono riletti; un backup interrotto riprende.</translation>
    </message>
    <message>
        <source>Tag the snapshot (repeatable).</source>
        <translation>Aggiunge un&apos;etichetta allo snapshot (ripetibile).</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>ETICHETTA</translation>
    </message>
    <message>
        <source>Record this host name instead of the machine&apos;s.</source>
        <translation>Registra questo nome host al posto di quello della macchina.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>Compare with this snapshot instead of the latest of the same paths (&quot;none&quot;: read all).</source>
        <translation>Confronta con questo snapshot invece dell&apos;ultimo degli stessi percorsi (&quot;none&quot;: rileggi tutto).</translation>
    </message>
    <message>
        <source>SNAPSHOT</source>
        <translation>SNAPSHOT</translation>
    </message>
    <message>
        <source>Files and folders to back up.</source>
        <translation>File e cartelle di cui eseguire il backup.</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>PERCORSO...</translation>
    </message>
    <message>
        <source>Snapshot %1 saved: %2 files (%3), %4 unchanged; %5 new, %6 stored.</source>
        <translation>Snapshot %1 salvato: %2 file (%3), %4 non modificati; %5 nuovi, %6 archiviati.</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::CertgenCommand</name>
    <message>
        <source>Usage:
  semina-cli certgen CreateNewApplication SubscriptionId:GUID [KeyAlgorithm:ec|rsa]
  semina-cli certgen ExportCertificate out:FILE.cer
  semina-cli certgen AddRegistryEntries SubscriptionId:GUID xmlfilepath:FILE storageaccountname:NAME
Long options work as well: --subscription-id, --key-algorithm, --out, --xml-file-path,
--storage-account-name.

CreateNewApplication makes this server&apos;s offline identity: a key pair (the private key
stays in the OS keychain), a certificate named CB_AzureADCertforOfflineSeeding_&lt;ResourceId&gt;
and OfflineApplicationParams.xml in Semina&apos;s data folder.
ExportCertificate writes the certificate without its private key and prints its thumbprint.
AddRegistryEntries publishes the certificate into the storage account NAME (set up first
with semina-cli account add NAME ...), registers the account for offline backup and writes
OfflineApplicationParams_&lt;NAME&gt;.xml.
</source>
        <translation>Uso:
  semina-cli certgen CreateNewApplication SubscriptionId:GUID [KeyAlgorithm:ec|rsa]
  semina-cli certgen ExportCertificate out:FILE.cer
  semina-cli certgen AddRegistryEntries SubscriptionId:GUID xmlfilepath:FILE storageaccountname:NOME
Funzionano anche le opzioni lunghe: --subscription-id, --key-algorithm, --out, --xml-file-path,
--storage-account-name.

CreateNewApplication crea l&apos;identità offline di questo server: una coppia di chiavi (la chiave privata
resta nel portachiavi del sistema), un certificato di nome CB_AzureADCertforOfflineSeeding_&lt;ResourceId&gt;
e OfflineApplicationParams.xml nella cartella dei dati di Semina.
ExportCertificate scrive il certificato senza la chiave privata e ne stampa l&apos;identificazione personale.
AddRegistryEntries pubblica il certificato nell&apos;account di archiviazione NOME (configurato prima
con semina-cli account add NOME ...), registra l&apos;account per il backup offline e scrive
OfflineApplicationParams_&lt;NOME&gt;.xml.
</translation>
    </message>
    <message>
        <source>%1:VALUE (or --%2 VALUE) is required.</source>
        <translation>%1:VALORE (o --%2 VALORE) è obbligatorio.</translation>
    </message>
    <message>
        <source>CreateNewApplication, ExportCertificate, AddRegistryEntries: this server&apos;s offline certificate</source>
        <translation>CreateNewApplication, ExportCertificate, AddRegistryEntries: il certificato offline di questo server</translation>
    </message>
    <message>
        <source>Name an action: see the usage above.</source>
        <translation>Indica un&apos;azione: vedi l&apos;uso sopra.</translation>
    </message>
    <message>
        <source>Unknown certgen action &quot;%1&quot;: use CreateNewApplication, ExportCertificate or AddRegistryEntries.</source>
        <translation>Azione certgen sconosciuta &quot;%1&quot;: usa CreateNewApplication, ExportCertificate o AddRegistryEntries.</translation>
    </message>
    <message>
        <source>Unknown key algorithm &quot;%1&quot;: use ec (P-256) or rsa (3072 bits).</source>
        <translation>Algoritmo di chiave sconosciuto &quot;%1&quot;: usa ec (P-256) o rsa (3072 bit).</translation>
    </message>
    <message>
        <source>Created the offline identity of this server.</source>
        <translation>Creata l&apos;identità offline di questo server.</translation>
    </message>
    <message>
        <source>  Subscription:   %1</source>
        <translation>  Sottoscrizione:  %1</translation>
    </message>
    <message>
        <source>  Application ID: %1</source>
        <translation>  ID applicazione: %1</translation>
    </message>
    <message>
        <source>  Certificate:    %1</source>
        <translation>  Certificato:     %1</translation>
    </message>
    <message>
        <source>  Thumbprint:     %1</source>
        <translation>  Identificazione personale: %1</translation>
    </message>
    <message>
        <source>  Written to:     %1</source>
        <translation>  Scritto in:      %1</translation>
    </message>
    <message>
        <source>The private key is in the OS keychain only.</source>
        <translation>La chiave privata è solo nel portachiavi del sistema.</translation>
    </message>
    <message>
        <source>Wrote the certificate without its private key to %1</source>
        <translation>Scritto il certificato senza chiave privata in %1</translation>
    </message>
    <message>
        <source>Thumbprint: %1</source>
        <translation>Identificazione personale: %1</translation>
    </message>
    <message>
        <source>Published the certificate %1 as %2 in container &quot;%3&quot; of %4.</source>
        <translation>Pubblicato il certificato %1 come %2 nel contenitore &quot;%3&quot; di %4.</translation>
    </message>
    <message>
        <source>Registered the storage account %1 for offline backup.</source>
        <translation>Registrato l&apos;account di archiviazione %1 per il backup offline.</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::CheckCommand</name>
    <message>
        <source>verify a vault and name any damaged objects and the files they affect</source>
        <translation>verifica un insieme di credenziali e indica gli oggetti danneggiati e i file coinvolti</translation>
    </message>
    <message>
        <source>Checks the vault&apos;s structure; with --read-data also downloads and verifies every byte. Exit code 6 when damage is found.</source>
        <translation>Controlla la struttura dell&apos;insieme di credenziali; con --read-data scarica e verifica anche ogni byte. Codice di uscita 6 se trova danni.</translation>
    </message>
    <message>
        <source>Read and verify every pack, not only the structure.</source>
        <translation>Legge e verifica ogni pacchetto, non solo la struttura.</translation>
    </message>
    <message>
        <source>, %1 blobs read</source>
        <translation>, %1 blob letti</translation>
    </message>
    <message>
        <source>%1 packs are in no index (left by an interrupted backup); the next backup adopts them.</source>
        <translation>%1 pacchetti non sono in alcun indice (lasciati da un backup interrotto); il prossimo backup li adotta.</translation>
    </message>
    <message>
        <source>DAMAGED %1: %2</source>
        <translation>DANNEGGIATO %1: %2</translation>
    </message>
    <message>
        <source>affected: snapshot %1, %2</source>
        <translation>coinvolto: snapshot %1, %2</translation>
    </message>
    <message>
        <source>No damage found.</source>
        <translation>Nessun danno trovato.</translation>
    </message>
    <message>
        <source>Damage found in %1 objects, affecting %2 snapshots.</source>
        <translation>Danni trovati in %1 oggetti, che coinvolgono %2 snapshot.</translation>
    </message>
    <message>
        <source>Checked %1 key files, %2 snapshots, %3 trees, %4 packs, %5 index objects%6.</source>
        <translation>Controllati %1 file di chiave, %2 snapshot, %3 alberi, %4 pacchetti, %5 oggetti di indice%6.</translation>
    </message>
    <message>
        <source>%1 was written by an older Semina without a seal: whether it still opens the vault cannot be told. Add a new key and remove this one to be sure.</source>
        <translation>%1 è stato scritto da una versione precedente di Semina senza sigillo: non si può stabilire se apra ancora l&apos;insieme di credenziali. Per esserne certi aggiungi una nuova chiave e rimuovi questa.</translation>
    </message>
    <message>
        <source>%1 was left by an interrupted write; the next backup removes it.</source>
        <translation>%1 è stato lasciato da una scrittura interrotta; il prossimo backup lo rimuove.</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::DiskprepCommand</name>
    <message>
        <source>Usage: semina-cli diskprep s:&lt;staging&gt; [p:&lt;publishsettings&gt;] [options]
       semina-cli diskprep prepare --staging DIR [--publish-settings FILE] [--job NAME]
                 [--drive PATH]... [--confirm-format NAME]... [--drive-size SIZE] [--json]
       semina-cli diskprep prepare --staging DIR [--job NAME] --plan --drive-size 4T [--json]
Copies the seed of an import job from the staging location onto drives: each drive formatted
(a block device gets GPT + exFAT; a mounted volume or folder gets Semina&apos;s layout), encrypted
with its own key, filled in the seed manifest&apos;s order, every object read back and checked.
Run it again after an interruption: it continues where it stopped.
  --job NAME              the import job (needed when the staging location holds several)
  --drive PATH            a drive: /dev/sdX, a mounted volume or a folder; repeat in order
  --confirm-format NAME   consent to erase the drive called NAME (its files, or another job&apos;s)
  --plan                  only show how many drives the seed needs and what goes on each
  --drive-size SIZE       the drives&apos; size for --plan (4T, 500G); with drives, use at most SIZE
  --certificate FILE      the seed server&apos;s certificate (.cer), on a copy computer without it
  --json                  print the result as JSON (the import job is then created by
                          semina-cli importjob create)
p:&lt;publishsettings&gt; is required when this computer is not the seed&apos;s source computer.
After the last drive the import job is created and the ship-to address printed.
       semina-cli diskprep u: [s:&lt;staging&gt; p:&lt;publishsettings&gt;] [importjob ship options]
enters the shipping details of the job (as semina-cli importjob ship).
</source>
        <translation>Uso: semina-cli diskprep s:&lt;staging&gt; [p:&lt;publishsettings&gt;] [opzioni]
     semina-cli diskprep prepare --staging CARTELLA [--publish-settings FILE] [--job NOME]
                 [--drive PERCORSO]... [--confirm-format NOME]... [--drive-size DIMENSIONE] [--json]
     semina-cli diskprep prepare --staging CARTELLA [--job NOME] --plan --drive-size 4T [--json]
Copia il seed di un processo di importazione dal percorso di gestione temporanea sui dischi: ogni
disco viene formattato (un dispositivo a blocchi riceve GPT + exFAT; un volume montato o una
cartella riceve la struttura di Semina), cifrato con una chiave propria, riempito nell&apos;ordine del
manifesto del seed, e ogni oggetto viene riletto e controllato.
Dopo un&apos;interruzione eseguilo di nuovo: riprende da dove si era fermato.
  --job NOME               il processo di importazione (se il percorso ne contiene più d&apos;uno)
  --drive PERCORSO         un disco: /dev/sdX, un volume montato o una cartella; ripeti in ordine
  --confirm-format NOME    consenso a cancellare il disco di nome NOME (i suoi file, o quelli di un altro processo)
  --plan                   mostra solo quanti dischi servono al seed e cosa va su ciascuno
  --drive-size DIMENSIONE  la dimensione dei dischi per --plan (4T, 500G); con i dischi, usane al massimo DIMENSIONE
  --certificate FILE       il certificato del server del seed (.cer), su un computer di copia che non lo ha
  --json                   stampa il risultato in JSON (il processo di importazione viene poi
                           creato da semina-cli importjob create)
p:&lt;publishsettings&gt; è obbligatorio quando questo computer non è il computer di origine del seed.
Dopo l&apos;ultimo disco viene creato il processo di importazione e stampato l&apos;indirizzo di spedizione.
       semina-cli diskprep u: [s:&lt;staging&gt; p:&lt;publishsettings&gt;] [opzioni di importjob ship]
inserisce i dettagli di spedizione del processo (come semina-cli importjob ship).
</translation>
    </message>
    <message>
        <source>prepare drives: copy a seed onto encrypted drives, verified and resumable (s:&lt;staging&gt;)</source>
        <translation>prepara i dischi: copia un seed su dischi cifrati, verificato e riprendibile (s:&lt;staging&gt;)</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 richiede un valore.</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;.</source>
        <translation>Argomento sconosciuto &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name the staging location: s:&lt;staging&gt; or --staging DIR (where the offline backup wrote the seed).</source>
        <translation>Indica il percorso di gestione temporanea: s:&lt;staging&gt; o --staging CARTELLA (dove il backup offline ha scritto il seed).</translation>
    </message>
    <message>
        <source>--plan needs the drives&apos; size: --drive-size 4T, for instance.</source>
        <translation>--plan richiede la dimensione dei dischi: per esempio --drive-size 4T.</translation>
    </message>
    <message>
        <source>The seed of &quot;%1&quot; cannot be copied yet: %2.</source>
        <translation>Il seed di &quot;%1&quot; non può ancora essere copiato: %2.</translation>
    </message>
    <message>
        <source>%1 (drives prepared)</source>
        <translation>%1 (dischi preparati)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The staging location %1 holds no seed of job &quot;%2&quot;; it holds: %3.</source>
        <translation>Il percorso di gestione temporanea %1 non contiene alcun seed del processo &quot;%2&quot;; contiene: %3.</translation>
    </message>
    <message>
        <source>No seed in %1 is ready to be copied: %2.</source>
        <translation>Nessun seed in %1 è pronto per la copia: %2.</translation>
    </message>
    <message>
        <source>The staging location holds several jobs (%1): choose one with --job NAME.</source>
        <translation>Il percorso di gestione temporanea contiene più processi (%1): scegline uno con --job NOME.</translation>
    </message>
    <message>
        <source>Import jobs in %1:</source>
        <translation>Processi di importazione in %1:</translation>
    </message>
    <message>
        <source>Which job? Type its number or name: </source>
        <translation>Quale processo? Scrivi il suo numero o nome: </translation>
    </message>
    <message>
        <source>No job chosen: nothing was done.</source>
        <translation>Nessun processo scelto: non è stato fatto nulla.</translation>
    </message>
    <message>
        <source>That is not a job ready to be copied.</source>
        <translation>Quello non è un processo pronto per la copia.</translation>
    </message>
    <message>
        <source>This computer (%1) is not the seed&apos;s source computer (%2): give the publish settings file of subscription %3 with p:&lt;file&gt;.</source>
        <translation>Questo computer (%1) non è il computer di origine del seed (%2): indica il file delle impostazioni di pubblicazione della sottoscrizione %3 con p:&lt;file&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>The seed of &quot;%1&quot; (%2 objects, %3) needs %n drive(s) of %4:</source>
        <translation>
            <numerusform>Il seed di &quot;%1&quot; (%2 oggetti, %3) richiede %n disco da %4:</numerusform>
            <numerusform>Il seed di &quot;%1&quot; (%2 oggetti, %3) richiede %n dischi da %4:</numerusform>
        </translation>
    </message>
    <message>
        <source>  drive %1: objects %2 to %3 (%4), %5</source>
        <translation>  disco %1: oggetti da %2 a %3 (%4), %5</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avviso: %1</translation>
    </message>
    <message>
        <source>The drives are prepared; once the problem above is fixed, create the import job with: semina-cli importjob create --job %1 --staging %2</source>
        <translation>I dischi sono preparati; risolto il problema qui sopra, crea il processo di importazione con: semina-cli importjob create --job %1 --staging %2</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; cannot be read: %2.</source>
        <translation>Il certificato &quot;%1&quot; non può essere letto: %2.</translation>
    </message>
    <message>
        <source>This computer has no offline identity to check the seed&apos;s signature with: give the seed server&apos;s certificate with --certificate FILE (certgen ExportCertificate on that server).</source>
        <translation>Questo computer non ha un&apos;identità offline con cui controllare la firma del seed: indica il certificato del server del seed con --certificate FILE (certgen ExportCertificate su quel server).</translation>
    </message>
    <message>
        <source>%1 is drive %2 of another import job, &quot;%3&quot;.</source>
        <translation>%1 è il disco %2 di un altro processo di importazione, &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 holds files Semina did not write: %2</source>
        <translation>%1 contiene file non scritti da Semina: %2</translation>
    </message>
    <message>
        <source>Type the drive&apos;s name (%1) to erase it, or press Enter to keep it: </source>
        <translation>Scrivi il nome del disco (%1) per cancellarlo, oppure premi Invio per conservarlo: </translation>
    </message>
    <message numerus="yes">
        <source>More drives are needed: %n object(s) (%1) are not on a drive yet. Run the same command again with another --drive: the journal keeps everything done so far.</source>
        <translation>
            <numerusform>Servono altri dischi: %n oggetto (%1) non è ancora su un disco. Esegui di nuovo lo stesso comando con un altro --drive: il registro conserva tutto il lavoro fatto finora.</numerusform>
            <numerusform>Servono altri dischi: %n oggetti (%1) non sono ancora su un disco. Esegui di nuovo lo stesso comando con un altro --drive: il registro conserva tutto il lavoro fatto finora.</numerusform>
        </translation>
    </message>
    <message>
        <source>The drive is full.</source>
        <translation>Il disco è pieno.</translation>
    </message>
    <message>
        <source>Drive %1 (%2) was not finished: connect it again to continue on it.</source>
        <translation>Il disco %1 (%2) non è stato finito: ricollegalo per continuare su di esso.</translation>
    </message>
    <message>
        <source>Drive %1 of the job; %2 left to copy. Drives that may be used:</source>
        <translation>Disco %1 del processo; restano da copiare %2. Dischi utilizzabili:</translation>
    </message>
    <message>
        <source>Type a number, or the path of a drive or folder; press Enter to stop for now: </source>
        <translation>Scrivi un numero, o il percorso di un disco o di una cartella; premi Invio per fermarti per ora: </translation>
    </message>
    <message>
        <source>Formatting %1 (GPT, exFAT)...</source>
        <translation>Formattazione di %1 (GPT, exFAT)...</translation>
    </message>
    <message>
        <source>Drive %1 ready: %2 (drive id %3%4), %5 objects, %6.</source>
        <translation>Disco %1 pronto: %2 (id del disco %3%4), %5 oggetti, %6.</translation>
    </message>
    <message>
        <source>, serial %1</source>
        <translation>, numero di serie %1</translation>
    </message>
    <message>
        <source>  Recovery password: %1</source>
        <translation>  Password di ripristino: %1</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>avviso: %1: %2</translation>
    </message>
    <message>
        <source>The journal %1 keeps what is done: run the same command again to continue.</source>
        <translation>Il registro %1 conserva il lavoro fatto: esegui di nuovo lo stesso comando per continuare.</translation>
    </message>
    <message numerus="yes">
        <source>The seed of &quot;%1&quot; is on %n drive(s):</source>
        <translation>
            <numerusform>Il seed di &quot;%1&quot; è su %n disco:</numerusform>
            <numerusform>Il seed di &quot;%1&quot; è su %n dischi:</numerusform>
        </translation>
    </message>
    <message>
        <source>  drive %1 of %2: id %3, serial %4, %5 objects, %6</source>
        <translation>  disco %1 di %2: id %3, numero di serie %4, %5 oggetti, %6</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Registro: %1</translation>
    </message>
    <message>
        <source>Record for the import job: %1</source>
        <translation>Dati per il processo di importazione: %1</translation>
    </message>
    <message>
        <source>Write the recovery passwords above down now and keep them apart from the drives: they are shown only once. The drive keys also stay in this computer&apos;s keychain.</source>
        <translation>Annota ora le password di ripristino qui sopra e conservale separate dai dischi: vengono mostrate una sola volta. Le chiavi dei dischi restano anche nel portachiavi di questo computer.</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::DriveCommand</name>
    <message>
        <source>Recovery password (48 digits): </source>
        <translation>Password di ripristino (48 cifre): </translation>
    </message>
    <message>
        <source>--recovery-password reads the password from standard input, which was empty.</source>
        <translation>--recovery-password legge la password dallo standard input, che era vuoto.</translation>
    </message>
    <message>
        <source>unlock a prepared drive and verify every object on it</source>
        <translation>sblocca un disco preparato e verifica ogni oggetto che contiene</translation>
    </message>
    <message>
        <source>semina-cli drive verify --drive PATH [--recovery-password | --recovery-password-file FILE]
                 [--certificate FILE] [--json]
Unlocks a drive prepared by diskprep, with the key in this computer&apos;s keychain or with the drive&apos;s
recovery password (asked on the terminal, or read from standard input), and reads back and checks
every object its manifest lists (SHA-256 and CRC64). With the seed server&apos;s certificate, or on
that server, the manifest&apos;s signature is checked too.</source>
        <translation>semina-cli drive verify --drive PERCORSO [--recovery-password | --recovery-password-file FILE]
                 [--certificate FILE] [--json]
Sblocca un disco preparato da diskprep, con la chiave nel portachiavi di questo computer o con la
password di ripristino del disco (chiesta sul terminale, o letta dallo standard input), e rilegge e
controlla ogni oggetto elencato nel suo manifesto (SHA-256 e CRC64). Con il certificato del server
del seed, o su quel server, viene controllata anche la firma del manifesto.</translation>
    </message>
    <message>
        <source>The drive&apos;s folder (its mount point).</source>
        <translation>La cartella del disco (il suo punto di montaggio).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PERCORSO</translation>
    </message>
    <message>
        <source>Unlock with the recovery password (typed, or the first line of standard input).</source>
        <translation>Sblocca con la password di ripristino (digitata, o la prima riga dello standard input).</translation>
    </message>
    <message>
        <source>Unlock with the recovery password in the file&apos;s first line.</source>
        <translation>Sblocca con la password di ripristino nella prima riga del file.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The seed server&apos;s certificate (.cer).</source>
        <translation>Il certificato del server del seed (.cer).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Stampa JSON.</translation>
    </message>
    <message>
        <source>Name the drive: semina-cli drive verify --drive PATH.</source>
        <translation>Indica il disco: semina-cli drive verify --drive PERCORSO.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; cannot be read: %2.</source>
        <translation>Il certificato &quot;%1&quot; non può essere letto: %2.</translation>
    </message>
    <message>
        <source>Drive %1 of %2 of import job &quot;%3&quot; (drive id %4) is intact: %5 objects (%6) read from the disk and checked.</source>
        <translation>Il disco %1 di %2 del processo di importazione &quot;%3&quot; (id del disco %4) è integro: %5 oggetti (%6) letti dal disco e controllati.</translation>
    </message>
    <message>
        <source>The drive manifest&apos;s signature matches the seed server&apos;s certificate.</source>
        <translation>La firma del manifesto del disco corrisponde al certificato del server del seed.</translation>
    </message>
    <message>
        <source>The drive manifest&apos;s signature was not checked: give the seed server&apos;s certificate with --certificate FILE.</source>
        <translation>La firma del manifesto del disco non è stata controllata: indica il certificato del server del seed con --certificate FILE.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avviso: %1</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::DrivesCommand</name>
    <message>
        <source>PATH</source>
        <translation>PERCORSO</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>DIMENSIONE</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELLO</translation>
    </message>
    <message>
        <source>SERIAL</source>
        <translation>NUMERO DI SERIE</translation>
    </message>
    <message>
        <source>TRANSPORT</source>
        <translation>COLLEGAMENTO</translation>
    </message>
    <message>
        <source>DRIVE ID</source>
        <translation>ID DISCO</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>rifiutato: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avviso: %1</translation>
    </message>
    <message>
        <source>list the drives that may be prepared, and why others are refused</source>
        <translation>elenca i dischi che si possono preparare, e perché gli altri sono rifiutati</translation>
    </message>
    <message>
        <source>semina-cli drives list [--staging DIR] [--all] [--json] [PATH...]
Lists the block devices and mounted volumes that may receive a seed. Never offered: the disk holding the system, swap, file systems in use, or the staging location. Each PATH (a disk, a mounted volume or any folder) is checked and shown even when refused; exit code 3 when one is.</source>
        <translation>semina-cli drives list [--staging DIR] [--all] [--json] [PATH...]
Elenca i dispositivi a blocchi e i volumi montati che possono ricevere un seed. Mai proposti: il disco del sistema, lo swap, i file system in uso o il percorso di gestione temporanea. Ogni PATH (un disco, un volume montato o una cartella qualsiasi) viene controllato e mostrato anche se rifiutato; codice di uscita 3 se uno lo è.</translation>
    </message>
    <message>
        <source>The staging location, whose disk is refused.</source>
        <translation>Il percorso di gestione temporanea, il cui disco viene rifiutato.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARTELLA</translation>
    </message>
    <message>
        <source>Show refused drives too, with the reasons.</source>
        <translation>Mostra anche i dischi rifiutati, con i motivi.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Stampa JSON.</translation>
    </message>
    <message>
        <source>A drive to check.</source>
        <translation>Un disco da controllare.</translation>
    </message>
    <message>
        <source>Name the action: semina-cli drives list.</source>
        <translation>Indica l&apos;azione: semina-cli drives list.</translation>
    </message>
    <message>
        <source>No drive may be used: connect one, or name a folder (semina-cli drives list PATH); --all shows the refused ones.</source>
        <translation>Nessun disco utilizzabile: collegane uno o indica una cartella (semina-cli drives list PATH); --all mostra quelli rifiutati.</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::ImportJobCommand</name>
    <message>
        <source>Cannot read the drive list &quot;%1&quot;: %2.</source>
        <translation>Impossibile leggere l&apos;elenco dei dischi &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a drive list (a JSON array of drives).</source>
        <translation>&quot;%1&quot; non è un elenco di dischi (un array JSON di dischi).</translation>
    </message>
    <message>
        <source>create | ship | show | cancel | papers: the import job in the import service</source>
        <translation>create | ship | show | cancel | papers: il processo di importazione nel servizio di importazione</translation>
    </message>
    <message>
        <source>The import job.</source>
        <translation>Il processo di importazione.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>The publish settings file.</source>
        <translation>Il file delle impostazioni di pubblicazione.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The subscription id.</source>
        <translation>L&apos;ID della sottoscrizione.</translation>
    </message>
    <message>
        <source>GUID</source>
        <translation>GUID</translation>
    </message>
    <message>
        <source>The staging location.</source>
        <translation>Il percorso di gestione temporanea.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARTELLA</translation>
    </message>
    <message>
        <source>The prepared drives (JSON).</source>
        <translation>I dischi preparati (JSON).</translation>
    </message>
    <message>
        <source>Where to write the papers.</source>
        <translation>Dove scrivere i documenti.</translation>
    </message>
    <message>
        <source>Ask for each missing detail.</source>
        <translation>Chiedi ogni dettaglio mancante.</translation>
    </message>
    <message>
        <source>Commit without asking.</source>
        <translation>Conferma senza chiedere.</translation>
    </message>
    <message>
        <source>The carrier.</source>
        <translation>Il corriere.</translation>
    </message>
    <message>
        <source>The tracking number.</source>
        <translation>Il numero di tracciabilità.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMERO</translation>
    </message>
    <message>
        <source>The number of drives in the package.</source>
        <translation>Il numero di dischi nel pacco.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The ship date.</source>
        <translation>La data di spedizione.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-GG</translation>
    </message>
    <message>
        <source>Return address: recipient.</source>
        <translation>Indirizzo di ritorno: destinatario.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TESTO</translation>
    </message>
    <message>
        <source>Return address: street, line 1.</source>
        <translation>Indirizzo di ritorno: via, riga 1.</translation>
    </message>
    <message>
        <source>Return address: street, line 2.</source>
        <translation>Indirizzo di ritorno: via, riga 2.</translation>
    </message>
    <message>
        <source>Return address: city.</source>
        <translation>Indirizzo di ritorno: città.</translation>
    </message>
    <message>
        <source>Return address: state or province.</source>
        <translation>Indirizzo di ritorno: stato o provincia.</translation>
    </message>
    <message>
        <source>Return address: postal code.</source>
        <translation>Indirizzo di ritorno: codice postale.</translation>
    </message>
    <message>
        <source>Return address: country or region.</source>
        <translation>Indirizzo di ritorno: paese o area geografica.</translation>
    </message>
    <message>
        <source>Return address: phone.</source>
        <translation>Indirizzo di ritorno: telefono.</translation>
    </message>
    <message>
        <source>Return address: email.</source>
        <translation>Indirizzo di ritorno: email.</translation>
    </message>
    <message>
        <source>Return shipping: carrier.</source>
        <translation>Spedizione di ritorno: corriere.</translation>
    </message>
    <message>
        <source>Return shipping: carrier account number.</source>
        <translation>Spedizione di ritorno: numero di conto del corriere.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra questo aiuto.</translation>
    </message>
    <message>
        <source>Choose one of create, ship, show, cancel and papers.</source>
        <translation>Scegli tra create, ship, show, cancel e papers.</translation>
    </message>
    <message>
        <source>Import job &quot;%1&quot; is %2 in %3.</source>
        <translation>Il processo di importazione &quot;%1&quot; è in stato %2 in %3.</translation>
    </message>
    <message>
        <source>Next: ship the drives, then enter the shipping details with &quot;semina-cli importjob ship --job %1&quot;.</source>
        <translation>Prossimo passo: spedisci i dischi, poi inserisci i dettagli di spedizione con &quot;semina-cli importjob ship --job %1&quot;.</translation>
    </message>
    <message>
        <source>Import job &quot;%1&quot; is canceled; its drives stay with you.</source>
        <translation>Il processo di importazione &quot;%1&quot; è annullato; i dischi restano a te.</translation>
    </message>
    <message>
        <source>importjob papers needs --out DIR.</source>
        <translation>importjob papers richiede --out CARTELLA.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Scritto %1</translation>
    </message>
    <message>
        <source>Usage:
  semina-cli importjob create --job NAME --staging DIR [--drives FILE] [JOB OPTIONS]
  semina-cli importjob ship [JOB OPTIONS] [--interactive] [--yes] [DETAILS]
  semina-cli importjob show|cancel [JOB OPTIONS]
  semina-cli importjob papers [JOB OPTIONS] --out DIR
JOB OPTIONS: --job NAME, --publish-settings FILE, --subscription GUID, --staging DIR.
Without them the job is the one this computer waits on; from another computer give the
staging location and the publish settings file.
`create` creates the job in the import service (diskprep does it after the last drive; this
is its retry): the drives diskprep recorded in the job&apos;s folder, or those FILE lists as JSON
(driveId, serial, sequence, count, bytes, manifestSha256 in hex); each drive&apos;s key is read
from this computer&apos;s keychain.
`ship` takes DETAILS as --carrier, --tracking-number, --drive-count, --ship-date YYYY-MM-DD,
--recipient, --street1, --street2, --city, --state, --postal-code, --country, --phone,
--email, --return-carrier, --return-account; on a terminal (or with --interactive) it asks
for each one missing, in this order. It shows a review and commits on &quot;yes&quot; (or --yes).
Run again, it shows the job and each drive&apos;s state.
`papers` writes the packing list and one label per drive as PDF into DIR.
</source>
        <translation>Uso:
  semina-cli importjob create --job NOME --staging CARTELLA [--drives FILE] [OPZIONI DEL PROCESSO]
  semina-cli importjob ship [OPZIONI DEL PROCESSO] [--interactive] [--yes] [DETTAGLI]
  semina-cli importjob show|cancel [OPZIONI DEL PROCESSO]
  semina-cli importjob papers [OPZIONI DEL PROCESSO] --out CARTELLA
OPZIONI DEL PROCESSO: --job NOME, --publish-settings FILE, --subscription GUID, --staging CARTELLA.
Senza di esse il processo è quello che questo computer attende; da un altro computer indica il
percorso di gestione temporanea e il file delle impostazioni di pubblicazione.
`create` crea il processo nel servizio di importazione (diskprep lo fa dopo l&apos;ultimo disco; questo
è il nuovo tentativo): i dischi che diskprep ha registrato nella cartella del processo, o quelli
elencati in JSON nel FILE (driveId, serial, sequence, count, bytes, manifestSha256 in esadecimale);
la chiave di ogni disco è letta dal portachiavi di questo computer.
`ship` accetta i DETTAGLI come --carrier, --tracking-number, --drive-count, --ship-date AAAA-MM-GG,
--recipient, --street1, --street2, --city, --state, --postal-code, --country, --phone,
--email, --return-carrier, --return-account; su un terminale (o con --interactive) chiede
ognuno di quelli mancanti, in quest&apos;ordine. Mostra un riepilogo e conferma con &quot;sì&quot; (o --yes).
Eseguito di nuovo, mostra il processo e lo stato di ogni disco.
`papers` scrive la distinta di imballaggio e un&apos;etichetta per disco in PDF nella CARTELLA.
</translation>
    </message>
    <message>
        <source>importjob create needs --job and --staging.</source>
        <translation>importjob create richiede --job e --staging.</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::ImportJobShip</name>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message numerus="yes">
        <source>Shipping details of import job &quot;%1&quot; (%n drive(s)).</source>
        <translation>
            <numerusform>Dettagli di spedizione del processo di importazione &quot;%1&quot; (%n disco).</numerusform>
            <numerusform>Dettagli di spedizione del processo di importazione &quot;%1&quot; (%n dischi).</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer: nothing was committed; the job is still Creating.</source>
        <translation>Nessuna risposta: non è stato confermato nulla; il processo è ancora in stato Creazione.</translation>
    </message>
    <message>
        <source>Nothing was committed: correct the details above and run the command again; the job is still Creating.</source>
        <translation>Non è stato confermato nulla: correggi i dettagli indicati sopra ed esegui di nuovo il comando; il processo è ancora in stato Creazione.</translation>
    </message>
    <message>
        <source>Review the shipping details of import job &quot;%1&quot;:</source>
        <translation>Controlla i dettagli di spedizione del processo di importazione &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>Commit these shipping details? Type &quot;yes&quot; to commit: </source>
        <translation>Confermare questi dettagli di spedizione? Scrivi &quot;sì&quot; per confermare: </translation>
    </message>
    <message>
        <source>Not committed: the job is still Creating. Run the command again to enter the shipping details.</source>
        <translation>Non confermato: il processo è ancora in stato Creazione. Esegui di nuovo il comando per inserire i dettagli di spedizione.</translation>
    </message>
    <message>
        <source>Committed: import job &quot;%1&quot; is %2.</source>
        <translation>Confermato: il processo di importazione &quot;%1&quot; è in stato %2.</translation>
    </message>
    <message>
        <source>The shipping details are stored in %1.</source>
        <translation>I dettagli di spedizione sono salvati in %1.</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::ImportServiceAccess</name>
    <message>
        <source>The staging location &quot;%1&quot; holds no seed of an import job: name the staging location the seed was written to.</source>
        <translation>Il percorso di gestione temporanea &quot;%1&quot; non contiene il seed di alcun processo di importazione: indica il percorso in cui è stato scritto il seed.</translation>
    </message>
    <message>
        <source>This computer waits on no import job: name it with --job NAME and its publish settings with --publish-settings FILE, or the staging location with --staging DIR.</source>
        <translation>Questo computer non attende alcun processo di importazione: indicalo con --job NOME e le sue impostazioni di pubblicazione con --publish-settings FILE, oppure il percorso di gestione temporanea con --staging CARTELLA.</translation>
    </message>
    <message>
        <source>This computer knows no import job &quot;%1&quot;: give its publish settings with --publish-settings FILE, or its staging location with --staging DIR.</source>
        <translation>Questo computer non conosce il processo di importazione &quot;%1&quot;: indica le sue impostazioni di pubblicazione con --publish-settings FILE, oppure il suo percorso di gestione temporanea con --staging CARTELLA.</translation>
    </message>
    <message>
        <source>Several import jobs could be meant (%1): name one with --job.</source>
        <translation>Potrebbero essere intesi più processi di importazione (%1): indicane uno con --job.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; names no publish settings file: give it with --publish-settings FILE.</source>
        <translation>Il processo &quot;%1&quot; non indica alcun file di impostazioni di pubblicazione: indicalo con --publish-settings FILE.</translation>
    </message>
    <message>
        <source>Import job &quot;%1&quot;: %2 (since %3)</source>
        <translation>Processo di importazione &quot;%1&quot;: %2 (dal %3)</translation>
    </message>
    <message>
        <source>Shipped with %1, tracking number %2, on %3.</source>
        <translation>Spedito con %1, numero di tracciabilità %2, il %3.</translation>
    </message>
    <message>
        <source>Drive %1 of %2: %3 (serial %4): %5</source>
        <translation>Disco %1 di %2: %3 (numero di serie %4): %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::InitCommand</name>
    <message>
        <source>create an encrypted vault; its recovery key is shown once</source>
        <translation>crea un insieme di credenziali cifrato; la chiave di ripristino viene mostrata una sola volta</translation>
    </message>
    <message>
        <source>Creates an encrypted vault in LOCATION, protected by a passphrase.
Prints a recovery key once: write it down, it opens the vault when the passphrase is lost.</source>
        <translation>Crea un insieme di credenziali cifrato in POSIZIONE, protetto da una passphrase.
Stampa una sola volta una chiave di ripristino: annotala, apre l&apos;insieme di credenziali se la passphrase va persa.</translation>
    </message>
    <message>
        <source>Also keep the vault&apos;s key in the OS keychain.</source>
        <translation>Conserva anche la chiave dell&apos;insieme di credenziali nel portachiavi del sistema.</translation>
    </message>
    <message>
        <source>Who or what uses the passphrase.</source>
        <translation>Chi o cosa usa la passphrase.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TESTO</translation>
    </message>
    <message>
        <source>Choose the vault&apos;s passphrase: give it with --password-file FILE or SEMINA_PASSWORD, or run init on a terminal.</source>
        <translation>Scegli la passphrase dell&apos;insieme di credenziali: indicala con --password-file FILE o SEMINA_PASSWORD, oppure esegui init in un terminale.</translation>
    </message>
    <message>
        <source>Created the vault %1 in %2.</source>
        <translation>Creato l&apos;insieme di credenziali %1 in %2.</translation>
    </message>
    <message>
        <source>Recovery key (shown only now; keep it apart from the passphrase):</source>
        <translation>Chiave di ripristino (mostrata solo ora; conservala separata dalla passphrase):</translation>
    </message>
    <message>
        <source>The vault&apos;s key is also kept in the OS keychain.</source>
        <translation>La chiave dell&apos;insieme di credenziali è conservata anche nel portachiavi del sistema.</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::JobsCommand</name>
    <message>
        <source>list this server&apos;s import jobs and their states</source>
        <translation>elenca i processi di importazione di questo server e il loro stato</translation>
    </message>
    <message>
        <source>This server has no import jobs yet: semina-cli offline-backup starts one.</source>
        <translation>Questo server non ha ancora processi di importazione: semina-cli offline-backup ne avvia uno.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATO</translation>
    </message>
    <message>
        <source>ACCOUNT/CONTAINER</source>
        <translation>ACCOUNT/CONTENITORE</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREATO</translation>
    </message>
    <message>
        <source>STAGING</source>
        <translation>GESTIONE TEMPORANEA</translation>
    </message>
    <message>
        <source>Usage: semina-cli jobs [--json]
Lists this server&apos;s offline-backup import jobs: name, state, storage account/container, staging location, creation time.
--json: the jobs as a JSON array on standard output (fields in docs/CLI.md).
</source>
        <translation>Uso: semina-cli jobs [--json]
Elenca i processi di importazione del backup offline di questo server: nome, stato, account di archiviazione/contenitore, percorso di gestione temporanea, data di creazione.
--json: i processi come array JSON sullo standard output (campi in docs/CLI.md).
</translation>
    </message>
    <message>
        <source>jobs takes only --json.</source>
        <translation>jobs accetta solo --json.</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::KeyCommand</name>
    <message>
        <source>add|remove|list: the passphrases that open a vault</source>
        <translation>add|remove|list: le passphrase che aprono un insieme di credenziali</translation>
    </message>
    <message>
        <source>key add: read the new passphrase from FILE.</source>
        <translation>key add: legge la nuova passphrase da FILE.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>key add: who or what uses the new passphrase.</source>
        <translation>key add: chi o cosa usa la nuova passphrase.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TESTO</translation>
    </message>
    <message>
        <source>add, remove or list</source>
        <translation>add, remove o list</translation>
    </message>
    <message>
        <source>add|remove ID|list</source>
        <translation>add|remove ID|list</translation>
    </message>
    <message>
        <source>Use key add, key remove ID or key list.</source>
        <translation>Usa key add, key remove ID o key list.</translation>
    </message>
    <message>
        <source>Added the key %1.</source>
        <translation>Aggiunta la chiave %1.</translation>
    </message>
    <message>
        <source>Removed the key %1.</source>
        <translation>Rimossa la chiave %1.</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>Chiave di ripristino: %1</translation>
    </message>
    <message>
        <source>Write it down now and keep it apart from the drives: it is shown only once and opens the vault if the passphrases are lost. Any earlier recovery key no longer works.</source>
        <translation>Annotala ora e conservala separata dai dischi: viene mostrata una sola volta e apre l&apos;insieme di credenziali se le passphrase vanno perse. Le chiavi di ripristino precedenti non funzionano più.</translation>
    </message>
    <message>
        <source>key add: adds a passphrase (from --new-password-file, SEMINA_NEW_PASSWORD or a prompt).
key add --recovery: makes a new recovery key, shown once, in place of the vault&apos;s recovery key.
key remove ID: removes one (not the last passphrase).
key list: lists them.</source>
        <translation>key add: aggiunge una passphrase (da --new-password-file, SEMINA_NEW_PASSWORD o da una richiesta).
key add --recovery: crea una nuova chiave di ripristino, mostrata una sola volta, al posto di quella dell&apos;insieme di credenziali.
key remove ID: ne rimuove una (non l&apos;ultima).
key list: le elenca.</translation>
    </message>
    <message>
        <source>key add: a new recovery key instead of a passphrase; the old recovery key stops working.</source>
        <translation>key add: una nuova chiave di ripristino invece di una passphrase; la chiave di ripristino precedente smette di funzionare.</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::KeychainCommand</name>
    <message>
        <source>check: test that the OS keychain stores and returns secrets</source>
        <translation>check: verifica che il portachiavi del sistema conservi e restituisca i segreti</translation>
    </message>
    <message>
        <source>Usage: semina-cli keychain check
Writes, reads back and removes a test entry in the OS keychain.
</source>
        <translation>Uso: semina-cli keychain check
Scrive, rilegge e rimuove una voce di prova nel portachiavi del sistema.
</translation>
    </message>
    <message>
        <source>Unknown keychain action: the only action is &quot;check&quot;.</source>
        <translation>Azione sul portachiavi sconosciuta: l&apos;unica azione è &quot;check&quot;.</translation>
    </message>
    <message>
        <source>The keychain works: a test secret was stored, read back and removed.</source>
        <translation>Il portachiavi funziona: un segreto di prova è stato salvato, riletto e rimosso.</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::ManPage</name>
    <message>
        <source>success</source>
        <translation>riuscito</translation>
    </message>
    <message>
        <source>finished, but some items failed (listed as warnings)</source>
        <translation>terminato, ma alcuni elementi non sono riusciti (elencati come avvisi)</translation>
    </message>
    <message>
        <source>the command line is wrong</source>
        <translation>la riga di comando è errata</translation>
    </message>
    <message>
        <source>a value, file or form field is not acceptable</source>
        <translation>un valore, un file o un campo del modulo non è accettabile</translation>
    </message>
    <message>
        <source>a named file, vault, container, object or job does not exist</source>
        <translation>un file, insieme di credenziali, contenitore, oggetto o processo indicato non esiste</translation>
    </message>
    <message>
        <source>wrong password, key or SAS, or no permission</source>
        <translation>password, chiave o SAS errata, oppure permesso mancante</translation>
    </message>
    <message>
        <source>data exists but fails verification</source>
        <translation>i dati esistono ma non superano la verifica</translation>
    </message>
    <message>
        <source>the local file system failed (full disk, unplugged drive)</source>
        <translation>il file system locale ha dato errore (disco pieno, disco scollegato)</translation>
    </message>
    <message>
        <source>a remote service could not be reached or kept failing</source>
        <translation>un servizio remoto non è raggiungibile o continua a dare errore</translation>
    </message>
    <message>
        <source>the job was stopped; run the same command again to continue</source>
        <translation>il processo è stato fermato; esegui di nuovo lo stesso comando per continuare</translation>
    </message>
    <message>
        <source>no OS keychain answered</source>
        <translation>nessun portachiavi del sistema ha risposto</translation>
    </message>
    <message>
        <source>someone else changed the record, or it already exists</source>
        <translation>qualcun altro ha modificato il record, oppure esiste già</translation>
    </message>
    <message>
        <source>waiting for the offline import job to complete</source>
        <translation>in attesa del completamento del processo di importazione offline</translation>
    </message>
    <message>
        <source>another job holds the vault&apos;s lock</source>
        <translation>un altro processo tiene il blocco dell&apos;insieme di credenziali</translation>
    </message>
    <message>
        <source>a bug in Semina: please report it with the details line</source>
        <translation>un errore di Semina: segnalalo con la riga dei dettagli</translation>
    </message>
    <message>
        <source>User Commands</source>
        <translation>Comandi utente</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>seed a large first backup on encrypted drives, then keep it current over the network</source>
        <translation>invia un grande primo backup su dischi cifrati, poi mantienilo aggiornato via rete</translation>
    </message>
    <message>
        <source>SYNOPSIS</source>
        <translation>SINTASSI</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMANDO</translation>
    </message>
    <message>
        <source>ARGUMENTS</source>
        <translation>ARGOMENTI</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIZIONE</translation>
    </message>
    <message>
        <source>semina-cli is the command-line twin of Semina&apos;s wizards. It prepares the server for offline seeding, writes the first backup, compressed and encrypted, into a staging location for the drives, follows the import jobs, and backs up to and restores from the encrypted, deduplicated vault. Every long job shows its progress on standard error, stops cleanly on Ctrl+C and continues where it stopped when run again.</source>
        <translation>semina-cli è il gemello a riga di comando delle procedure guidate di Semina. Prepara il server per il backup iniziale offline, scrive il primo backup, compresso e cifrato, in un percorso di gestione temporanea per i dischi, segue i processi di importazione, ed esegue backup e ripristini con l&apos;insieme di credenziali cifrato e deduplicato. Ogni processo lungo mostra l&apos;avanzamento sullo standard error, si ferma in modo pulito con Ctrl+C e, eseguito di nuovo, continua da dove si era fermato.</translation>
    </message>
    <message>
        <source>OPTIONS</source>
        <translation>OPZIONI</translation>
    </message>
    <message>
        <source>Show the commands; COMMAND --help shows a command&apos;s own.</source>
        <translation>Mostra i comandi; COMANDO --help mostra l&apos;aiuto di un comando.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostra la versione.</translation>
    </message>
    <message>
        <source>Use this language from now on.</source>
        <translation>Usa questa lingua da ora in poi.</translation>
    </message>
    <message>
        <source>COMMANDS</source>
        <translation>COMANDI</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>AMBIENTE</translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase when --password-file is not given; without either, the OS keychain or a prompt on a terminal.</source>
        <translation>La passphrase dell&apos;insieme di credenziali quando --password-file non è indicato; senza nessuno dei due, il portachiavi del sistema o una richiesta sul terminale.</translation>
    </message>
    <message>
        <source>The new passphrase of key add.</source>
        <translation>La nuova passphrase di key add.</translation>
    </message>
    <message>
        <source>EXIT STATUS</source>
        <translation>CODICI DI USCITA</translation>
    </message>
    <message>
        <source>SEE ALSO</source>
        <translation>VEDERE ANCHE</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::NamedArguments</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>L&apos;opzione %1 richiede un valore.</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;: this action takes %2.</source>
        <translation>Argomento sconosciuto &quot;%1&quot;: questa azione accetta %2.</translation>
    </message>
    <message>
        <source>The argument &quot;%1&quot; has no value.</source>
        <translation>L&apos;argomento &quot;%1&quot; non ha un valore.</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::OfflineBackupCommand</name>
    <message>
        <source>estimate or start the offline backup (the first backup, on drives)</source>
        <translation>stima o avvia il backup offline (il primo backup, su dischi)</translation>
    </message>
    <message>
        <source>Only estimate.</source>
        <translation>Solo stima.</translation>
    </message>
    <message>
        <source>The shipping drives&apos; size.</source>
        <translation>La dimensione dei dischi da spedire.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>DIMENSIONE</translation>
    </message>
    <message>
        <source>The staging location.</source>
        <translation>Il percorso di gestione temporanea.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARTELLA</translation>
    </message>
    <message>
        <source>The publish settings file.</source>
        <translation>Il file delle impostazioni di pubblicazione.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The import job&apos;s name.</source>
        <translation>Il nome del processo di importazione.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>The subscription id.</source>
        <translation>L&apos;ID della sottoscrizione.</translation>
    </message>
    <message>
        <source>GUID</source>
        <translation>GUID</translation>
    </message>
    <message>
        <source>The storage account.</source>
        <translation>L&apos;account di archiviazione.</translation>
    </message>
    <message>
        <source>The storage container.</source>
        <translation>Il contenitore di archiviazione.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra questo aiuto.</translation>
    </message>
    <message>
        <source>Name at least one folder or file to protect.</source>
        <translation>Indica almeno una cartella o un file da proteggere.</translation>
    </message>
    <message>
        <source>Protected size:    %1 in %2 files and %3 folders</source>
        <translation>Dimensione protetta: %1 in %2 file e %3 cartelle</translation>
    </message>
    <message>
        <source>Expected seed:     %1 (compresses to %2% in a sample of %3)</source>
        <translation>Seed previsto:       %1 (si comprime al %2% in un campione di %3)</translation>
    </message>
    <message>
        <source>Staging location:  needs %1 free (the protected size, to be safe)</source>
        <translation>Gestione temporanea: servono %1 liberi (la dimensione protetta, per sicurezza)</translation>
    </message>
    <message>
        <source>Drives needed:     %1 of %2</source>
        <translation>Dischi necessari:    %1 da %2</translation>
    </message>
    <message>
        <source>More than 10 drives: split the sources into several import jobs.</source>
        <translation>Più di 10 dischi: dividi le origini in più processi di importazione.</translation>
    </message>
    <message>
        <source>Staging free:      not known from here (%1 is checked when the seed is written)</source>
        <translation>Spazio libero:       non noto da qui (%1 viene controllato quando si scrive il seed)</translation>
    </message>
    <message>
        <source>Staging free:      %1 in %2, enough</source>
        <translation>Spazio libero:       %1 in %2, sufficiente</translation>
    </message>
    <message>
        <source>Usage:
  semina-cli offline-backup --estimate [--drive-size SIZE] [--staging DIR] SOURCE...
  semina-cli offline-backup --staging DIR --publish-settings FILE --job NAME
             --subscription GUID --storage-account NAME --container NAME
             [--exclude PATH]... [--password-file FILE] [--no-keychain] [--force] SOURCE...
  semina-cli offline-backup --verify --staging DIR --job NAME [--certificate FILE.cer]
--estimate reports the protected size, the expected seed size and the drives needed
(SIZE like 4T, 500G or 2TiB; 4T by default) and, with --staging, whether DIR has room
for it (exit code 1 when it does not). The second form checks the offline-backup
form and writes the first backup into DIR/NAME: a vault, its signed seed manifest, and
the job in the job list. The vault&apos;s passphrase comes from --password-file, else
SEMINA_PASSWORD, else a prompt; it is kept in the OS keychain unless --no-keychain.
Run the same command again to continue an interrupted seed; --force replaces a
finished one. --verify re-reads the seed and checks it against its manifest and the
manifest&apos;s signature (by this server&apos;s certificate, or the exported FILE.cer).
</source>
        <translation>Uso:
  semina-cli offline-backup --estimate [--drive-size DIMENSIONE] [--staging CARTELLA] ORIGINE...
  semina-cli offline-backup --staging CARTELLA --publish-settings FILE --job NOME
             --subscription GUID --storage-account NOME --container NOME
             [--exclude PERCORSO]... [--password-file FILE] [--no-keychain] [--force] ORIGINE...
  semina-cli offline-backup --verify --staging CARTELLA --job NOME [--certificate FILE.cer]
--estimate indica la dimensione protetta, la dimensione prevista del seed e i dischi necessari
(DIMENSIONE come 4T, 500G o 2TiB; 4T se non indicata) e, con --staging, se CARTELLA ha spazio
sufficiente (codice di uscita 1 se non lo ha). La seconda forma controlla il modulo del backup
offline e scrive il primo backup in CARTELLA/NOME: un insieme di credenziali, il suo manifesto
firmato e il processo nell&apos;elenco dei processi. La passphrase dell&apos;insieme di credenziali viene da
--password-file, altrimenti da SEMINA_PASSWORD, altrimenti da una richiesta; viene conservata nel
portachiavi del sistema salvo --no-keychain. Esegui di nuovo lo stesso comando per continuare un seed
interrotto; --force ne sostituisce uno finito. --verify rilegge il seed e lo controlla rispetto al
manifesto e alla sua firma (con il certificato di questo server, o con il FILE.cer esportato).
</translation>
    </message>
    <message>
        <source>Leave PATH out (repeatable).</source>
        <translation>Esclude PERCORSO (ripetibile).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PERCORSO</translation>
    </message>
    <message>
        <source>Read the vault&apos;s passphrase from FILE.</source>
        <translation>Legge da FILE la passphrase dell&apos;insieme di credenziali.</translation>
    </message>
    <message>
        <source>Do not keep the vault&apos;s key in the keychain.</source>
        <translation>Non conserva nel portachiavi la chiave dell&apos;insieme di credenziali.</translation>
    </message>
    <message>
        <source>Replace a finished seed.</source>
        <translation>Sostituisce un seed finito.</translation>
    </message>
    <message>
        <source>Verify a written seed.</source>
        <translation>Verifica un seed scritto.</translation>
    </message>
    <message>
        <source>The exported certificate (DER).</source>
        <translation>Il certificato esportato (DER).</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>avviso: %1: %2</translation>
    </message>
    <message>
        <source>Passphrase of the seed&apos;s vault: </source>
        <translation>Passphrase dell&apos;insieme di credenziali del seed: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Di nuovo la stessa passphrase: </translation>
    </message>
    <message>
        <source>The two passphrases differ: run the command again.</source>
        <translation>Le due passphrase sono diverse: esegui di nuovo il comando.</translation>
    </message>
    <message>
        <source>The seed&apos;s vault needs a passphrase: give it with --password-file FILE or SEMINA_PASSWORD.</source>
        <translation>L&apos;insieme di credenziali del seed richiede una passphrase: indicala con --password-file FILE o SEMINA_PASSWORD.</translation>
    </message>
    <message>
        <source>Seed of import job &quot;%1&quot; finished (continued from the last run).</source>
        <translation>Seed del processo di importazione &quot;%1&quot; finito (continuato dall&apos;ultima esecuzione).</translation>
    </message>
    <message>
        <source>Seed of import job &quot;%1&quot; written.</source>
        <translation>Seed del processo di importazione &quot;%1&quot; scritto.</translation>
    </message>
    <message>
        <source>Protected:         %1 in %2 files</source>
        <translation>Protetti:            %1 in %2 file</translation>
    </message>
    <message>
        <source>Seed:              %1 in %2 objects, in %3</source>
        <translation>Seed:                %1 in %2 oggetti, in %3</translation>
    </message>
    <message>
        <source>Vault:             %1, snapshot %2</source>
        <translation>Insieme di credenziali: %1, snapshot %2</translation>
    </message>
    <message>
        <source>Signed manifest:   %1</source>
        <translation>Manifesto firmato:   %1</translation>
    </message>
    <message>
        <source>Recovery key:      %1</source>
        <translation>Chiave di ripristino: %1</translation>
    </message>
    <message>
        <source>Write the recovery key down now and keep it apart from the drives: it is shown only once and opens the vault if the passphrase is lost.</source>
        <translation>Annota ora la chiave di ripristino e conservala separata dai dischi: viene mostrata una sola volta e apre l&apos;insieme di credenziali se la passphrase va persa.</translation>
    </message>
    <message>
        <source>Name the seed to verify with --staging DIR and --job NAME.</source>
        <translation>Indica il seed da verificare con --staging CARTELLA e --job NOME.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; cannot be read: %2.</source>
        <translation>Il certificato &quot;%1&quot; non può essere letto: %2.</translation>
    </message>
    <message>
        <source>The seed of import job &quot;%1&quot; in %2 matches its manifest: %3 objects (%4) read and hashed; the manifest is signed by %5.</source>
        <translation>Il seed del processo di importazione &quot;%1&quot; in %2 corrisponde al suo manifesto: %3 oggetti (%4) letti e sottoposti a hash; il manifesto è firmato da %5.</translation>
    </message>
    <message>
        <source>Next: prepare the drives from %1; `semina-cli jobs` shows the job as %2.</source>
        <translation>Prossimo passo: prepara i dischi da %1; `semina-cli jobs` mostra il processo come %2.</translation>
    </message>
    <message>
        <source>note: %1: %2</source>
        <translation>nota: %1: %2</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::RestoreCommand</name>
    <message>
        <source>restore a snapshot, or chosen paths of it, into a folder</source>
        <translation>ripristina uno snapshot, o alcuni suoi percorsi, in una cartella</translation>
    </message>
    <message>
        <source>Restores SNAPSHOT (an id, a unique prefix, or &quot;latest&quot;, the default) into --target. Every chunk is verified; damaged files are reported and the others still restored.</source>
        <translation>Ripristina SNAPSHOT (un ID, un prefisso univoco o &quot;latest&quot;, il predefinito) in --target. Ogni blocco viene verificato; i file danneggiati vengono segnalati e gli altri ripristinati comunque.</translation>
    </message>
    <message>
        <source>The folder to restore into (created when missing).</source>
        <translation>La cartella in cui ripristinare (creata se manca).</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>CARTELLA</translation>
    </message>
    <message>
        <source>Restore only this path of the snapshot, e.g. data/docs (repeatable).</source>
        <translation>Ripristina solo questo percorso dello snapshot, ad esempio data/docs (ripetibile).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PERCORSO</translation>
    </message>
    <message>
        <source>The snapshot; &quot;latest&quot; when left out.</source>
        <translation>Lo snapshot; &quot;latest&quot; se omesso.</translation>
    </message>
    <message>
        <source>[SNAPSHOT]</source>
        <translation>[SNAPSHOT]</translation>
    </message>
    <message>
        <source>Name one snapshot at most.</source>
        <translation>Indica al massimo uno snapshot.</translation>
    </message>
    <message>
        <source>Name the folder to restore into with --target FOLDER.</source>
        <translation>Indica la cartella in cui ripristinare con --target CARTELLA.</translation>
    </message>
    <message>
        <source>Restored %1 files (%2) into %3.</source>
        <translation>Ripristinati %1 file (%2) in %3.</translation>
    </message>
    <message>
        <source>%1 damaged files were not restored and %2 unsafe entries were refused: run semina-cli check.</source>
        <translation>%1 file danneggiati non sono stati ripristinati e %2 voci non sicure sono state rifiutate: esegui semina-cli check.</translation>
    </message>
    <message>
        <source>Skip symbolic links that lead outside the target folder (by default every link is restored as it was; none is ever followed).</source>
        <translation>Salta i collegamenti simbolici che portano fuori dalla cartella di destinazione (per impostazione predefinita ogni collegamento viene ripristinato com&apos;era; nessuno viene mai seguito).</translation>
    </message>
    <message>
        <source>Deprecated, does nothing: links are restored as they were by default.</source>
        <translation>Deprecata, non fa nulla: per impostazione predefinita i collegamenti vengono ripristinati com&apos;erano.</translation>
    </message>
    <message>
        <source>--allow-outside-links and --no-outside-links contradict each other.</source>
        <translation>--allow-outside-links e --no-outside-links si contraddicono.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries were skipped (see the warnings above).</source>
        <translation>
            <numerusform>%n elemento è stato saltato (vedi gli avvisi sopra).</numerusform>
            <numerusform>%n elementi sono stati saltati (vedi gli avvisi sopra).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Semina::Cli::ServiceCommand</name>
    <message>
        <source>Usage:
  semina-cli service init --account NAME --address ADDRESS [--carriers LIST]
  semina-cli service set [--account NAME] [--address ADDRESS] [--carriers LIST]
  semina-cli service show [--account NAME]
`init` creates the import service in the storage account NAME (`semina-cli account add`
first): the receiving station&apos;s key pair (its private key in this computer&apos;s keychain),
its certificate, the ship-to address and the carriers. ADDRESS is &quot;recipient; street 1;
street 2; city; state or province; postal code; country or region&quot;; LIST is comma
separated (DHL,FedEx,TNT,UPS by default). Without --account, `set` and `show` work on the
embedded local service (made on first use with a placeholder address to set).
Then issue publish settings with `semina-cli subscription create --service NAME`.
</source>
        <translation>Uso:
  semina-cli service init --account NOME --address INDIRIZZO [--carriers ELENCO]
  semina-cli service set [--account NOME] [--address INDIRIZZO] [--carriers ELENCO]
  semina-cli service show [--account NOME]
`init` crea il servizio di importazione nell&apos;account di archiviazione NOME (prima `semina-cli account add`):
la coppia di chiavi della stazione di ricezione (la chiave privata nel portachiavi di questo computer),
il suo certificato, l&apos;indirizzo di destinazione e i corrieri. INDIRIZZO è &quot;destinatario; via 1;
via 2; città; stato o provincia; codice postale; paese o area geografica&quot;; ELENCO è separato da
virgole (DHL,FedEx,TNT,UPS se non indicato). Senza --account, `set` e `show` agiscono sul
servizio locale integrato (creato al primo uso con un indirizzo provvisorio da impostare).
Poi emetti le impostazioni di pubblicazione con `semina-cli subscription create --service NOME`.
</translation>
    </message>
    <message>
        <source>Import service &quot;%1&quot; (%2)</source>
        <translation>Servizio di importazione &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>Station certificate: %1, valid until %2</source>
        <translation>Certificato della stazione: %1, valido fino al %2</translation>
    </message>
    <message>
        <source>init | set | show: the import service (ship-to address, carriers, station key)</source>
        <translation>init | set | show: il servizio di importazione (indirizzo di destinazione, corrieri, chiave della stazione)</translation>
    </message>
    <message>
        <source>The storage account.</source>
        <translation>L&apos;account di archiviazione.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>The ship-to address.</source>
        <translation>L&apos;indirizzo di destinazione.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>INDIRIZZO</translation>
    </message>
    <message>
        <source>The supported carriers.</source>
        <translation>I corrieri supportati.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>ELENCO</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra questo aiuto.</translation>
    </message>
    <message>
        <source>Choose one of init, set and show.</source>
        <translation>Scegli tra init, set e show.</translation>
    </message>
    <message>
        <source>service init needs --account and --address.</source>
        <translation>service init richiede --account e --address.</translation>
    </message>
    <message>
        <source>Created the import service in %1.</source>
        <translation>Creato il servizio di importazione in %1.</translation>
    </message>
    <message>
        <source>Next: issue publish settings with &quot;semina-cli subscription create --service %1 --name NAME --out FILE&quot;.</source>
        <translation>Prossimo passo: emetti le impostazioni di pubblicazione con &quot;semina-cli subscription create --service %1 --name NOME --out FILE&quot;.</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::SnapshotsCommand</name>
    <message>
        <source>list the snapshots in a vault</source>
        <translation>elenca gli snapshot in un insieme di credenziali</translation>
    </message>
    <message>
        <source>Lists the vault&apos;s snapshots, oldest first.</source>
        <translation>Elenca gli snapshot dell&apos;insieme di credenziali, dal più vecchio.</translation>
    </message>
    <message>
        <source>ID        Time                  Host             Files     Size  Paths</source>
        <translation>ID        Ora                   Host             File  Dimensione  Percorsi</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s).</source>
        <translation>
            <numerusform>%n snapshot.</numerusform>
            <numerusform>%n snapshot.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Semina::Cli::StatusCommand</name>
    <message>
        <source>Usage: semina-cli status [--job NAME] [--publish-settings FILE [--subscription GUID]]
                         [--json] [--watch [--interval SECONDS]]
Shows the import jobs in the import service: state, the deadline counted down (14 days to
enter the shipping details, 14 days for the drives to arrive, 7 to 10 days of processing)
and each drive&apos;s state. Without --job: every job of this computer the service knows, or
with --publish-settings every job of that subscription. --watch refreshes every SECONDS
(60 by default) until every job has ended.
</source>
        <translation>Uso: semina-cli status [--job NOME] [--publish-settings FILE [--subscription GUID]]
                         [--json] [--watch [--interval SECONDI]]
Mostra i processi di importazione nel servizio di importazione: lo stato, la scadenza con il conto alla
rovescia (14 giorni per inserire i dettagli di spedizione, 14 giorni perché i dischi arrivino, da 7 a 10
giorni di elaborazione) e lo stato di ogni disco. Senza --job: ogni processo di questo computer noto al
servizio, oppure con --publish-settings ogni processo di quella sottoscrizione. --watch aggiorna ogni
SECONDI (60 se non indicato) finché ogni processo è terminato.
</translation>
    </message>
    <message>
        <source>the import jobs&apos; states and deadlines, counted down</source>
        <translation>lo stato e le scadenze dei processi di importazione, con il conto alla rovescia</translation>
    </message>
    <message>
        <source>The import job.</source>
        <translation>Il processo di importazione.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>The publish settings file.</source>
        <translation>Il file delle impostazioni di pubblicazione.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The subscription id.</source>
        <translation>L&apos;ID della sottoscrizione.</translation>
    </message>
    <message>
        <source>GUID</source>
        <translation>GUID</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Stampa JSON.</translation>
    </message>
    <message>
        <source>Refresh until every job has ended.</source>
        <translation>Aggiorna finché ogni processo è terminato.</translation>
    </message>
    <message>
        <source>Seconds between refreshes.</source>
        <translation>Secondi tra un aggiornamento e il successivo.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDI</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra questo aiuto.</translation>
    </message>
    <message>
        <source>status takes no positional arguments.</source>
        <translation>status non accetta argomenti posizionali.</translation>
    </message>
    <message>
        <source>--interval takes a number of seconds (1 or more).</source>
        <translation>--interval accetta un numero di secondi (1 o più).</translation>
    </message>
    <message>
        <source>No import job in the import service yet: drive preparation creates one.</source>
        <translation>Ancora nessun processo di importazione nel servizio di importazione: la preparazione dei dischi ne crea uno.</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::StopSignals</name>
    <message>
        <source>Stopped; run the same command to continue.</source>
        <translation>Interrotto; esegui di nuovo lo stesso comando per continuare.</translation>
    </message>
    <message>
        <source>Stopped; run the same command to start again.</source>
        <translation>Interrotto; esegui di nuovo lo stesso comando per ricominciare.</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::SubscriptionCommand</name>
    <message>
        <source>create: issue a publish settings file for the embedded local service</source>
        <translation>create: emette un file di impostazioni di pubblicazione per il servizio locale integrato</translation>
    </message>
    <message>
        <source>The subscription&apos;s name.</source>
        <translation>Il nome della sottoscrizione.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>Its id; a new GUID when left out.</source>
        <translation>Il suo ID; un nuovo GUID se omesso.</translation>
    </message>
    <message>
        <source>GUID</source>
        <translation>GUID</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Il file da scrivere.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra questo aiuto.</translation>
    </message>
    <message>
        <source>create</source>
        <translation>create</translation>
    </message>
    <message>
        <source>The only subscription action is &quot;create&quot;.</source>
        <translation>L&apos;unica azione su subscription è &quot;create&quot;.</translation>
    </message>
    <message>
        <source>--name and --out are required.</source>
        <translation>--name e --out sono obbligatori.</translation>
    </message>
    <message>
        <source>Wrote %1: subscription &quot;%2&quot; (%3) of the embedded local service.</source>
        <translation>Scritto %1: sottoscrizione &quot;%2&quot; (%3) del servizio locale integrato.</translation>
    </message>
    <message>
        <source>Usage: semina-cli subscription create --name NAME [--id GUID] [--service NAME] --out FILE.publishsettings
Issues a publish settings file (schema 2.0) with a new management certificate for Semina&apos;s
embedded local service, or with --service for the import service in the storage account NAME
(`semina-cli service init`), which registers the certificate for the subscription. Keep the
file private: like Azure&apos;s, it holds the certificate&apos;s key.
</source>
        <translation>Uso: semina-cli subscription create --name NOME [--id GUID] [--service NOME] --out FILE.publishsettings
Emette un file di impostazioni di pubblicazione (schema 2.0) con un nuovo certificato di gestione per il
servizio locale integrato di Semina, oppure con --service per il servizio di importazione nell&apos;account di
archiviazione NOME (`semina-cli service init`), che registra il certificato per la sottoscrizione. Tieni il
file riservato: come quello di Azure, contiene la chiave del certificato.
</translation>
    </message>
    <message>
        <source>The import service&apos;s storage account.</source>
        <translation>L&apos;account di archiviazione del servizio di importazione.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists: choose another --out file, or remove it first.</source>
        <translation>&quot;%1&quot; esiste già: scegli un altro file --out, oppure rimuovilo prima.</translation>
    </message>
    <message>
        <source>Wrote %1: subscription &quot;%2&quot; (%3) of the import service %4.</source>
        <translation>Scritto %1: sottoscrizione &quot;%2&quot; (%3) del servizio di importazione %4.</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::UnlockCommand</name>
    <message>
        <source>remove a vault&apos;s locks left by jobs that no longer run</source>
        <translation>rimuove i blocchi dell&apos;insieme di credenziali lasciati da processi che non sono più in esecuzione</translation>
    </message>
    <message>
        <source>Removes the vault&apos;s locks. Every backup, check, restore and key change locks the vault while it runs; a lock whose process has ended is stale. Without options every lock is removed: do that only when no other Semina job uses the vault.</source>
        <translation>Rimuove i blocchi dell&apos;insieme di credenziali. Ogni backup, controllo, ripristino e modifica delle chiavi blocca l&apos;insieme di credenziali mentre è in esecuzione; un blocco il cui processo è terminato è obsoleto. Senza opzioni vengono rimossi tutti i blocchi: fallo solo quando nessun altro processo di Semina usa l&apos;insieme di credenziali.</translation>
    </message>
    <message>
        <source>Remove only stale locks: of processes that ended on this machine, or not refreshed for 30 minutes.</source>
        <translation>Rimuove solo i blocchi obsoleti: quelli di processi terminati su questo computer o non rinnovati da 30 minuti.</translation>
    </message>
    <message>
        <source>Only list the locks.</source>
        <translation>Elenca soltanto i blocchi.</translation>
    </message>
    <message>
        <source>Use --list or --remove-stale, not both.</source>
        <translation>Usa --list oppure --remove-stale, non entrambi.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Removed %1: %2</source>
        <translation>Rimosso %1: %2</translation>
    </message>
    <message>
        <source> (stale: %1)</source>
        <translation> (obsoleto: %1)</translation>
    </message>
    <message>
        <source>The vault has no locks.</source>
        <translation>L&apos;insieme di credenziali non ha blocchi.</translation>
    </message>
    <message>
        <source>No lock was removed.</source>
        <translation>Nessun blocco è stato rimosso.</translation>
    </message>
</context>
<context>
    <name>Semina::Cli::VaultAccess</name>
    <message>
        <source>The vault: a folder.</source>
        <translation>L&apos;insieme di credenziali: una cartella.</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>POSIZIONE</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE (else SEMINA_PASSWORD, the OS keychain, or a prompt).</source>
        <translation>Legge la passphrase dalla prima riga di FILE (altrimenti SEMINA_PASSWORD, il portachiavi del sistema o una richiesta).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Print the result as JSON, for scripts.</source>
        <translation>Stampa il risultato in JSON, per gli script.</translation>
    </message>
    <message>
        <source>Name the vault with --vault FOLDER.</source>
        <translation>Indica l&apos;insieme di credenziali con --vault CARTELLA.</translation>
    </message>
    <message>
        <source>There is no vault at &quot;%1&quot;: check the path, or create one with semina-cli init.</source>
        <translation>Non c&apos;è un insieme di credenziali in &quot;%1&quot;: controlla il percorso, oppure creane uno con semina-cli init.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created: check the path and permissions.</source>
        <translation>La cartella &quot;%1&quot; non può essere creata: controlla il percorso e i permessi.</translation>
    </message>
    <message>
        <source>The password file &quot;%1&quot; cannot be read: %2.</source>
        <translation>Il file della password &quot;%1&quot; non può essere letto: %2.</translation>
    </message>
    <message>
        <source>The password file &quot;%1&quot; is empty.</source>
        <translation>Il file della password &quot;%1&quot; è vuoto.</translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <translation>Passphrase dell&apos;insieme di credenziali: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Di nuovo la stessa passphrase: </translation>
    </message>
    <message>
        <source>The two passphrases differ: run the command again.</source>
        <translation>Le due passphrase sono diverse: esegui di nuovo il comando.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nuova passphrase: </translation>
    </message>
    <message>
        <source>Give the new passphrase with --%1 or %2.</source>
        <translation>Indica la nuova passphrase con --%1 o %2.</translation>
    </message>
    <message>
        <source>The vault needs its passphrase: give it with --password-file FILE or SEMINA_PASSWORD, or keep the key in the OS keychain (init --keychain).</source>
        <translation>L&apos;insieme di credenziali richiede la sua passphrase: indicala con --password-file FILE o SEMINA_PASSWORD, oppure conserva la chiave nel portachiavi del sistema (init --keychain).</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>avviso: %1: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avviso: %1</translation>
    </message>
</context>
<context>
    <name>Semina::Crypto</name>
    <message>
        <source>The cryptographic library failed (%1).</source>
        <translation>La libreria crittografica ha restituito un errore (%1).</translation>
    </message>
    <message>
        <source>An encryption key has the wrong length.</source>
        <translation>Una chiave di cifratura ha la lunghezza sbagliata.</translation>
    </message>
    <message>
        <source>A message is too large to encrypt in one piece.</source>
        <translation>Un messaggio è troppo grande per essere cifrato in un solo pezzo.</translation>
    </message>
    <message>
        <source>Encrypted data failed its integrity check: it was damaged or belongs elsewhere.</source>
        <translation>I dati cifrati non hanno superato il controllo di integrità: sono danneggiati o appartengono a un&apos;altra posizione.</translation>
    </message>
    <message>
        <source>Asked for an impossible number of random bytes.</source>
        <translation>È stato richiesto un numero impossibile di byte casuali.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed (RAND_bytes).</source>
        <translation>Il generatore di numeri casuali del sistema ha restituito un errore (RAND_bytes).</translation>
    </message>
</context>
<context>
    <name>Semina::Desktop::DesktopNotifier</name>
    <message>
        <source>No desktop notification server answered: %1</source>
        <translation>Nessun server di notifiche del desktop ha risposto: %1</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus.</source>
        <translation>non c&apos;è un bus di sessione D-Bus.</translation>
    </message>
    <message>
        <source>the notification server gave an unexpected answer.</source>
        <translation>il server di notifiche ha dato una risposta inattesa.</translation>
    </message>
</context>
<context>
    <name>Semina::Desktop::JobNotices</name>
    <message>
        <source>The first backup is being written into the staging location.</source>
        <translation>Il primo backup viene scritto nel percorso di gestione temporanea.</translation>
    </message>
    <message>
        <source>The first backup is in the staging location: prepare the drives at the copy computer.</source>
        <translation>Il primo backup è nel percorso di gestione temporanea: prepara i dischi sul computer di copia.</translation>
    </message>
    <message>
        <source>Ship the drives to the data center and enter the shipping details.</source>
        <translation>Spedisci i dischi al data center e inserisci i dettagli di spedizione.</translation>
    </message>
    <message>
        <source>The drives are on their way. Backups into the vault wait until the import job is completed.</source>
        <translation>I dischi sono in viaggio. I backup nell&apos;insieme di credenziali attendono il completamento del processo di importazione.</translation>
    </message>
    <message>
        <source>The data center received the drives; processing usually takes 7 to 10 days.</source>
        <translation>Il data center ha ricevuto i dischi; l&apos;elaborazione richiede di solito da 7 a 10 giorni.</translation>
    </message>
    <message>
        <source>The data center is importing the drives into the storage account.</source>
        <translation>Il data center sta importando i dischi nell&apos;account di archiviazione.</translation>
    </message>
    <message>
        <source>The data center is packing the drives to ship them back.</source>
        <translation>Il data center sta imballando i dischi per rispedirli.</translation>
    </message>
    <message>
        <source>The next backup moves the imported data into the vault and continues over the network.</source>
        <translation>Il prossimo backup sposta i dati importati nell&apos;insieme di credenziali e prosegue via rete.</translation>
    </message>
    <message>
        <source>The import job ended with errors: Import status shows the logs of its drives.</source>
        <translation>Il processo di importazione è terminato con errori: Stato dell&apos;importazione mostra i log dei suoi dischi.</translation>
    </message>
    <message>
        <source>The import job was canceled; backups into the vault continue over the network.</source>
        <translation>Il processo di importazione è stato annullato; i backup nell&apos;insieme di credenziali proseguono via rete.</translation>
    </message>
    <message>
        <source>Import job %1: %2</source>
        <extracomment>%1 is the import job&apos;s name, %2 its new state</extracomment>
        <translation>Processo di importazione %1: %2</translation>
    </message>
    <message>
        <source>Import job %1: a deadline is near</source>
        <extracomment>%1 is the import job&apos;s name</extracomment>
        <translation>Processo di importazione %1: una scadenza è vicina</translation>
    </message>
    <message>
        <source>Import job %1: a deadline has passed</source>
        <translation>Processo di importazione %1: una scadenza è passata</translation>
    </message>
    <message>
        <source>The drives had to arrive at the data center by %1.</source>
        <translation>I dischi dovevano arrivare al data center entro %1.</translation>
    </message>
    <message>
        <source>The shipping details had to be entered by %1.</source>
        <translation>I dettagli di spedizione dovevano essere inseriti entro %1.</translation>
    </message>
    <message numerus="yes">
        <source>Drives must arrive within %n day(s).</source>
        <translation>
            <numerusform>I dischi devono arrivare entro %n giorno.</numerusform>
            <numerusform>I dischi devono arrivare entro %n giorni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter the shipping details within %n day(s).</source>
        <translation>
            <numerusform>Inserisci i dettagli di spedizione entro %n giorno.</numerusform>
            <numerusform>Inserisci i dettagli di spedizione entro %n giorni.</numerusform>
        </translation>
    </message>
    <message>
        <source>The drives are prepared: create the import job (semina-cli importjob create) and ship them.</source>
        <translation>I dischi sono preparati: crea il processo di importazione (semina-cli importjob create) e spediscili.</translation>
    </message>
</context>
<context>
    <name>Semina::Devices::BackingDisk</name>
    <message>
        <source>%1 does not exist: name an existing folder.</source>
        <translation>%1 non esiste: indica una cartella esistente.</translation>
    </message>
</context>
<context>
    <name>Semina::Devices::BlockDevice</name>
    <message>
        <source>lsblk&apos;s answer is not the JSON Semina expects: update util-linux (lsblk 2.33 or later).</source>
        <translation>La risposta di lsblk non è il JSON che Semina si aspetta: aggiorna util-linux (lsblk 2.33 o successivo).</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>questo computer</translation>
    </message>
    <message>
        <source>Listing the block devices</source>
        <translation>Elenco dei dispositivi a blocchi</translation>
    </message>
    <message>
        <source>Check that lsblk (util-linux) works on this computer.</source>
        <translation>Controlla che lsblk (util-linux) funzioni su questo computer.</translation>
    </message>
</context>
<context>
    <name>Semina::Devices::DriveCandidate</name>
    <message>
        <source>block device</source>
        <translation>dispositivo a blocchi</translation>
    </message>
    <message>
        <source>mounted volume</source>
        <translation>volume montato</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>cartella</translation>
    </message>
    <message>
        <source>This job uses %1 drives, but the import service takes at most %2 drives per job: split the seed over several jobs, or use larger drives.</source>
        <translation>Questo processo usa %1 dischi, ma il servizio di importazione ne accetta al massimo %2 per processo: dividi il seed su più processi o usa dischi più grandi.</translation>
    </message>
</context>
<context>
    <name>Semina::Devices::DriveDiscovery</name>
    <message>
        <source>%1 holds the running system (mounted at %2): choose another drive.</source>
        <translation>%1 contiene il sistema in esecuzione (montato in %2): scegli un altro disco.</translation>
    </message>
    <message>
        <source>%1 holds swap space in use: choose another drive.</source>
        <translation>%1 contiene uno spazio di swap in uso: scegli un altro disco.</translation>
    </message>
    <message>
        <source>%1 has file systems in use (mounted at %2): unmount them first if this disk may be erased (umount %3), or choose another drive.</source>
        <translation>%1 ha file system in uso (montati in %2): smontali prima, se questo disco può essere cancellato (umount %3), oppure scegli un altro disco.</translation>
    </message>
    <message>
        <source>%1 holds the staging location: the seed must be copied to other disks.</source>
        <translation>%1 contiene il percorso di gestione temporanea: il seed va copiato su altri dischi.</translation>
    </message>
    <message>
        <source>%1 is attached by USB: the import service takes bare internal drives, so ship it without its USB enclosure.</source>
        <translation>%1 è collegato via USB: il servizio di importazione accetta solo dischi interni nudi, quindi spediscilo senza il suo contenitore USB.</translation>
    </message>
    <message>
        <source>%1 is larger than 10 TB (%2): the import service takes drives up to 10 TB.</source>
        <translation>%1 supera i 10 TB (%2): il servizio di importazione accetta dischi fino a 10 TB.</translation>
    </message>
    <message>
        <source>%1 is write-protected: release its write-protect switch, or choose another drive.</source>
        <translation>%1 è protetto da scrittura: sblocca il suo interruttore di protezione o scegli un altro disco.</translation>
    </message>
    <message>
        <source>%1 is mounted read-only: remount it writable (mount -o remount,rw %1) or choose another drive.</source>
        <translation>%1 è montato in sola lettura: rimontalo in scrittura (mount -o remount,rw %1) o scegli un altro disco.</translation>
    </message>
    <message>
        <source>The staging location %1 does not exist: name the folder that holds the seed.</source>
        <translation>Il percorso di gestione temporanea %1 non esiste: indica la cartella che contiene il seed.</translation>
    </message>
    <message>
        <source>%1 is Semina&apos;s own mapping of a partition of %2: name %2 instead.</source>
        <translation>%1 è la mappatura di Semina di una partizione di %2: indica invece %2.</translation>
    </message>
    <message>
        <source>%1 is no drive Semina can use (%2, %3 bytes): name a disk.</source>
        <translation>%1 non è un disco che Semina possa usare (%2, %3 byte): indica un disco.</translation>
    </message>
    <message>
        <source>%1 is a partition of %2: name the whole disk %2, which Semina formats, or the folder where %1 is mounted.</source>
        <translation>%1 è una partizione di %2: indica l&apos;intero disco %2, che Semina formatta, oppure la cartella in cui %1 è montata.</translation>
    </message>
    <message>
        <source>%1 is not a block device lsblk lists: name a disk such as /dev/sdb.</source>
        <translation>%1 non è un dispositivo a blocchi elencato da lsblk: indica un disco come /dev/sdb.</translation>
    </message>
    <message>
        <source>%1 overlaps the staging location %2: name a folder outside it.</source>
        <translation>%1 si sovrappone al percorso di gestione temporanea %2: indica una cartella al di fuori.</translation>
    </message>
    <message>
        <source>%1 is on the same disk as the staging location: such a copy protects nothing and is for tests only.</source>
        <translation>%1 si trova sullo stesso disco del percorso di gestione temporanea: una copia così non protegge nulla e serve solo per i test.</translation>
    </message>
    <message>
        <source>%1 is not writable: check its permissions.</source>
        <translation>%1 non è scrivibile: controlla i suoi permessi.</translation>
    </message>
    <message>
        <source>%1 does not exist: name a disk (/dev/sdb), a mounted volume or a folder; semina-cli drives list shows the candidates.</source>
        <translation>%1 non esiste: indica un disco (/dev/sdb), un volume montato o una cartella; semina-cli drives list mostra i candidati.</translation>
    </message>
    <message>
        <source>%1 is a file: attach a disk image with losetup -f --show %1 and name the loop device it prints.</source>
        <translation>%1 è un file: collega un&apos;immagine disco con losetup -f --show %1 e indica il dispositivo loop che stampa.</translation>
    </message>
</context>
<context>
    <name>Semina::Devices::DriveId</name>
    <message>
        <source>The drive id in %1 cannot be read: %2. Check the drive&apos;s permissions.</source>
        <translation>Impossibile leggere l&apos;id del disco in %1: %2. Controlla i permessi del disco.</translation>
    </message>
    <message>
        <source>%1 holds no valid drive id: remove the file and prepare the drive again.</source>
        <translation>%1 non contiene un id di disco valido: rimuovi il file e prepara di nuovo il disco.</translation>
    </message>
</context>
<context>
    <name>Semina::Devices::ExternalTool</name>
    <message>
        <source>%1 could not be started: install the Debian package %2 (as root: apt-get install %2).</source>
        <translation>Impossibile avviare %1: installa il pacchetto Debian %2 (come root: apt-get install %2).</translation>
    </message>
    <message>
        <source>Cancelled while %1 was running.</source>
        <translation>Annullato mentre %1 era in esecuzione.</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds and was stopped: check the device, then try again.</source>
        <translation>%1 non è terminato entro %2 secondi ed è stato fermato: controlla il dispositivo, poi riprova.</translation>
    </message>
    <message>
        <source>nothing (exit code %1)</source>
        <translation>nulla (codice di uscita %1)</translation>
    </message>
    <message>
        <source>%1 failed for %2: %3 said: %4. %5</source>
        <translation>%1 non riuscito per %2: %3 ha risposto: %4. %5</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>codice di uscita %1</translation>
    </message>
    <message>
        <source>%1 needs root: run the same command as root, e.g. sudo %2</source>
        <translation>%1: servono i privilegi di root; esegui lo stesso comando come root, ad esempio sudo %2</translation>
    </message>
</context>
<context>
    <name>Semina::Devices::MountTable</name>
    <message>
        <source>%1 cannot be read: %2. Semina needs /proc mounted.</source>
        <translation>Impossibile leggere %1: %2. Semina ha bisogno di /proc montato.</translation>
    </message>
</context>
<context>
    <name>Semina::Devices::VolumeFormatter</name>
    <message>
        <source>%1 (%2) is not a disk: only a whole disk is formatted; Semina&apos;s drive layout goes straight into a volume or folder.</source>
        <translation>%1 (%2) non è un disco: si formatta solo un disco intero; la struttura di disco di Semina va direttamente in un volume o in una cartella.</translation>
    </message>
    <message>
        <source>%1 is now another drive (its serial number or size changed): list the drives again and choose.</source>
        <translation>%1 ora è un altro disco (il numero di serie o la dimensione sono cambiati): elenca di nuovo i dischi e scegli.</translation>
    </message>
    <message>
        <source>%1 is no longer connected: connect the drive again, then retry.</source>
        <translation>%1 non è più collegato: ricollega il disco, poi riprova.</translation>
    </message>
    <message>
        <source>Mounting %1</source>
        <translation>Montaggio di %1</translation>
    </message>
    <message>
        <source>The partition of %1 holds no Semina exFAT volume (found: %2 %3): format the drive again.</source>
        <translation>La partizione di %1 non contiene un volume exFAT di Semina (trovato: %2 %3): formatta di nuovo il disco.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nulla</translation>
    </message>
    <message>
        <source>Formatting %1</source>
        <translation>Formattazione di %1</translation>
    </message>
    <message>
        <source>Writing a GPT partition table on %1</source>
        <translation>Scrittura di una tabella delle partizioni GPT su %1</translation>
    </message>
    <message>
        <source>The partition table written on %1 does not read back as written: check the drive, then format it again.</source>
        <translation>La tabella delle partizioni scritta su %1 non si rilegge come è stata scritta: controlla il disco, poi formattalo di nuovo.</translation>
    </message>
    <message>
        <source>Creating the exFAT file system on %1</source>
        <translation>Creazione del file system exFAT su %1</translation>
    </message>
    <message>
        <source>Creating the exFAT file system</source>
        <translation>Creazione del file system exFAT</translation>
    </message>
    <message>
        <source>Check the drive and its cable, then format it again.</source>
        <translation>Controlla il disco e il suo cavo, poi formattalo di nuovo.</translation>
    </message>
    <message>
        <source>%1 holds no Semina drive volume: format it instead (this erases it).</source>
        <translation>%1 non contiene un volume di disco di Semina: formattalo invece (questo lo cancella).</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lettura di %1</translation>
    </message>
    <message>
        <source>Reading the partition table of %1 failed: sfdisk said: %2. Check that the drive is still connected.</source>
        <translation>Lettura della tabella delle partizioni di %1 non riuscita: sfdisk ha risposto: %2. Controlla che il disco sia ancora collegato.</translation>
    </message>
    <message>
        <source>Writing the partition table</source>
        <translation>Scrittura della tabella delle partizioni</translation>
    </message>
    <message>
        <source>Check that nothing uses the drive and that it is writable.</source>
        <translation>Controlla che nulla stia usando il disco e che sia scrivibile.</translation>
    </message>
    <message>
        <source>Mapping the partition to a loop device</source>
        <translation>Mappatura della partizione su un dispositivo loop</translation>
    </message>
    <message>
        <source>Check that loop devices are available (modprobe loop; losetup -f).</source>
        <translation>Controlla che i dispositivi loop siano disponibili (modprobe loop; losetup -f).</translation>
    </message>
    <message>
        <source>Detaching the loop device</source>
        <translation>Scollegamento del dispositivo loop</translation>
    </message>
    <message>
        <source>Close what uses it, then run losetup -d %1.</source>
        <translation>Chiudi ciò che lo usa, poi esegui losetup -d %1.</translation>
    </message>
    <message>
        <source>The mount point %1 cannot be created: %2. Check the permissions of its parent folder.</source>
        <translation>Impossibile creare il punto di montaggio %1: %2. Controlla i permessi della cartella che lo contiene.</translation>
    </message>
    <message>
        <source>%1 cannot be made private: %2.</source>
        <translation>Impossibile rendere privato %1: %2.</translation>
    </message>
    <message>
        <source>Mounting the exFAT volume of %1 failed with the kernel&apos;s driver and with exfat-fuse: install exfat-fuse (apt-get install exfat-fuse) or load the kernel&apos;s driver (modprobe exfat).</source>
        <translation>Il montaggio del volume exFAT di %1 non è riuscito né con il driver del kernel né con exfat-fuse: installa exfat-fuse (apt-get install exfat-fuse) o carica il driver del kernel (modprobe exfat).</translation>
    </message>
    <message>
        <source>Flushing the volume of %1 at %2 failed: %3. Check that the drive is still connected; its last writes may be lost.</source>
        <translation>Lo svuotamento su disco del volume di %1 in %2 non è riuscito: %3. Controlla che il disco sia ancora collegato; le ultime scritture potrebbero essere perse.</translation>
    </message>
    <message>
        <source>Unmounting the volume of %1 at %2 failed: umount said: %3. Close the programs using it (fuser -vm %2 lists them), then run umount %2.</source>
        <translation>Lo smontaggio del volume di %1 in %2 non è riuscito: umount ha risposto: %3. Chiudi i programmi che lo usano (fuser -vm %2 li elenca), poi esegui umount %2.</translation>
    </message>
</context>
<context>
    <name>Semina::Drives::DriveCopier</name>
    <message>
        <source>The drive %1 is gone (%2 no longer exists): reconnect it and run the same command again; the objects already copied are kept.</source>
        <translation>Il disco %1 non c&apos;è più (%2 non esiste più): ricollegalo ed esegui di nuovo lo stesso comando; gli oggetti già copiati vengono conservati.</translation>
    </message>
    <message>
        <source>Writing to the drive %1 failed: %2 Check the drive and its cable, then run the same command again to continue.</source>
        <translation>La scrittura sul disco %1 non è riuscita: %2 Controlla il disco e il suo cavo, poi esegui di nuovo lo stesso comando per continuare.</translation>
    </message>
    <message>
        <source>The seed object %1 cannot be read</source>
        <translation>Impossibile leggere l&apos;oggetto %1 del seed</translation>
    </message>
    <message>
        <source>The seed object %1 is shorter than its manifest says: the seed in the staging location was changed; check it with semina-cli offline-backup verify.</source>
        <translation>L&apos;oggetto %1 del seed è più corto di quanto dice il suo manifesto: il seed nel percorso di gestione temporanea è stato modificato; controllalo con semina-cli offline-backup verify.</translation>
    </message>
    <message>
        <source>The seed object %1 in the staging location differs from the seed manifest: the seed was changed or damaged; check it with semina-cli offline-backup verify.</source>
        <translation>L&apos;oggetto %1 del seed nel percorso di gestione temporanea è diverso dal manifesto del seed: il seed è stato modificato o danneggiato; controllalo con semina-cli offline-backup verify.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>the bytes read back differ from the seed object</source>
        <translation>i byte riletti sono diversi dall&apos;oggetto del seed</translation>
    </message>
    <message>
        <source>The drive %1 is faulty: the object %2 read back wrong %3 times (%4). Use another drive: run the command again with another drive in its place.</source>
        <translation>Il disco %1 è difettoso: l&apos;oggetto %2 è stato riletto errato %3 volte (%4). Usa un altro disco: esegui di nuovo il comando con un altro disco al suo posto.</translation>
    </message>
</context>
<context>
    <name>Semina::Drives::DriveJournal</name>
    <message>
        <source>The journal %1 cannot be written (%2): free space in the staging location or fix its permissions, then run again; nothing copied so far is lost.</source>
        <translation>Impossibile scrivere il registro %1 (%2): libera spazio nel percorso di gestione temporanea o correggi i suoi permessi, poi esegui di nuovo; nulla di quanto copiato finora va perso.</translation>
    </message>
    <message>
        <source>No drive of this job was prepared yet (%1 does not exist).</source>
        <translation>Nessun disco di questo processo è stato ancora preparato (%1 non esiste).</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2.</source>
        <translation>Impossibile leggere il registro %1: %2.</translation>
    </message>
    <message>
        <source>Another drive preparation of this job is running (it holds %1): wait for it to end, or stop it, then run again.</source>
        <translation>È in corso un&apos;altra preparazione dei dischi di questo processo (tiene %1): attendi che finisca, o fermala, poi esegui di nuovo.</translation>
    </message>
    <message>
        <source>Another drive preparation of this job took over its journal %1.</source>
        <translation>Un&apos;altra preparazione dei dischi di questo processo ha preso il suo registro %1.</translation>
    </message>
</context>
<context>
    <name>Semina::Drives::DriveKey</name>
    <message>
        <source>The drive&apos;s wrapped key is damaged or of an unknown kind.</source>
        <translation>La chiave protetta del disco è danneggiata o di un tipo sconosciuto.</translation>
    </message>
    <message>
        <source>The drive key in the keychain has %1 bytes instead of %2: unlock the drive with its recovery password instead.</source>
        <translation>La chiave del disco nel portachiavi ha %1 byte invece di %2: sblocca il disco con la sua password di ripristino.</translation>
    </message>
    <message>
        <source>The recovery password does not open drive %1: every group is well formed, so it is probably the password of another drive; check the drive id printed beside it.</source>
        <translation>La password di ripristino non apre il disco %1: ogni gruppo è ben formato, quindi è probabilmente la password di un altro disco; controlla l&apos;id del disco stampato accanto.</translation>
    </message>
</context>
<context>
    <name>Semina::Drives::DriveLayout</name>
    <message>
        <source>This is drive %1 of %2 of the offline-backup import job &quot;%3&quot;, prepared by Semina.
Drive id: %4

Everything under the folder &quot;semina&quot; is encrypted (AES-256-GCM) with this drive&apos;s key.
The station unlocks it with the 48-digit recovery password that was shown when the drive was
prepared, or with the key kept in the copy computer&apos;s keychain:

    semina-cli drive verify --drive &lt;this drive&apos;s folder&gt;

SEMINA-DRIVE.json names the drive and holds its key wrapped under the recovery password.
Do not change or delete any file: the drive manifest lists every file with its checksums.
</source>
        <translation>Questo è il disco %1 di %2 del processo di importazione del backup offline &quot;%3&quot;, preparato da Semina.
Id del disco: %4

Tutto ciò che si trova nella cartella &quot;semina&quot; è cifrato (AES-256-GCM) con la chiave di questo disco.
La stazione lo sblocca con la password di ripristino di 48 cifre mostrata quando il disco è stato
preparato, oppure con la chiave conservata nel portachiavi del computer di copia:

    semina-cli drive verify --drive &lt;la cartella di questo disco&gt;

SEMINA-DRIVE.json identifica il disco e contiene la sua chiave protetta dalla password di ripristino.
Non modificare né eliminare alcun file: il manifesto del disco elenca ogni file con i suoi checksum.
</translation>
    </message>
    <message>
        <source>%1 is not a Semina drive header, or it is damaged.</source>
        <translation>%1 non è un&apos;intestazione di disco Semina, oppure è danneggiata.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Semina (drive format %2): update Semina to read it.</source>
        <translation>%1 è stato scritto da un Semina più recente (formato disco %2): aggiorna Semina per leggerlo.</translation>
    </message>
    <message>
        <source>The drive header %1 is damaged.</source>
        <translation>L&apos;intestazione del disco %1 è danneggiata.</translation>
    </message>
    <message>
        <source>The drive %1 cannot be read: run as a user who may write to it.</source>
        <translation>Impossibile leggere il disco %1: esegui come un utente che può scriverci.</translation>
    </message>
    <message>
        <source>%1 is not a Semina drive: it has no %2.</source>
        <translation>%1 non è un disco Semina: non ha %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Impossibile leggere %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be removed from the drive: check that the drive is writable and not in use, then run again.</source>
        <translation>Impossibile rimuovere %1 dal disco: controlla che il disco sia scrivibile e non in uso, poi esegui di nuovo.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made on the drive: check that it is writable and not full.</source>
        <translation>Impossibile creare la cartella %1 sul disco: controlla che sia scrivibile e non pieno.</translation>
    </message>
</context>
<context>
    <name>Semina::Drives::DriveManifest</name>
    <message>
        <source>%1 does not exist: the drive&apos;s preparation did not finish; run diskprep again to finish it.</source>
        <translation>%1 non esiste: la preparazione del disco non è finita; esegui di nuovo diskprep per finirla.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Impossibile leggere %1: %2.</translation>
    </message>
    <message>
        <source>The drive manifest is not one this Semina reads.</source>
        <translation>Il manifesto del disco non è di un tipo che questo Semina legge.</translation>
    </message>
    <message>
        <source>The drive manifest has a damaged entry.</source>
        <translation>Il manifesto del disco ha una voce danneggiata.</translation>
    </message>
    <message>
        <source>The drive manifest read back from %1 differs from what was written: the drive may be faulty.</source>
        <translation>Il manifesto del disco riletto da %1 è diverso da quello scritto: il disco potrebbe essere difettoso.</translation>
    </message>
    <message>
        <source>The drive %1 has no manifest: its preparation did not finish; run diskprep again to finish it.</source>
        <translation>Il disco %1 non ha un manifesto: la sua preparazione non è finita; esegui di nuovo diskprep per finirla.</translation>
    </message>
    <message>
        <source>The drive manifest is not signed.</source>
        <translation>Il manifesto del disco non è firmato.</translation>
    </message>
    <message>
        <source>The drive manifest was signed by the certificate %1, not by %2: check it with the certificate of the server that wrote the seed.</source>
        <translation>Il manifesto del disco è stato firmato dal certificato %1, non da %2: controllalo con il certificato del server che ha scritto il seed.</translation>
    </message>
    <message>
        <source>The drive manifest or its signature was changed after the drive was prepared.</source>
        <translation>Il manifesto del disco o la sua firma sono stati modificati dopo la preparazione del disco.</translation>
    </message>
</context>
<context>
    <name>Semina::Drives::DriveOpener</name>
    <message>
        <source>The drive %1 cannot be used: %2</source>
        <translation>Il disco %1 non può essere usato: %2</translation>
    </message>
    <message>
        <source>Formatting %1 erases everything on it: confirm by typing its name (--confirm-format %2), or choose another drive.</source>
        <translation>La formattazione di %1 cancella tutto il suo contenuto: conferma scrivendo il suo nome (--confirm-format %2), oppure scegli un altro disco.</translation>
    </message>
    <message>
        <source>%1 holds no drive prepared by Semina: name a drive that semina-cli diskprep or the &quot;Prepare drives&quot; wizard prepared, or the folder where it is mounted.</source>
        <translation>%1 non contiene alcun disco preparato da Semina: indica un disco preparato da semina-cli diskprep o dalla procedura guidata &quot;Prepara i dischi&quot;, oppure la cartella in cui è montato.</translation>
    </message>
</context>
<context>
    <name>Semina::Drives::DrivePreparer</name>
    <message>
        <source>The free space of the drive %1 (%2) cannot be read: check that it is mounted and writable.</source>
        <translation>Impossibile leggere lo spazio libero del disco %1 (%2): controlla che sia montato e scrivibile.</translation>
    </message>
    <message>
        <source>Drive %1 (%2): %3 written, %4 to go</source>
        <translation>Disco %1 (%2): %3 scritti, %4 mancanti</translation>
    </message>
    <message>
        <source> (about %1 s);</source>
        <translation> (circa %1 s);</translation>
    </message>
    <message>
        <source> in all:</source>
        <translation> in tutto:</translation>
    </message>
    <message>
        <source>The drive %1 is too small: %2 free, and the next object (%3) needs %4 with the drive manifest&apos;s reserve. Use a larger drive.</source>
        <translation>Il disco %1 è troppo piccolo: %2 liberi, e il prossimo oggetto (%3) richiede %4 con la riserva per il manifesto del disco. Usa un disco più grande.</translation>
    </message>
    <message>
        <source>The drive %1 does not exist or is not a folder: name a mounted volume, a folder, or a block device.</source>
        <translation>Il disco %1 non esiste o non è una cartella: indica un volume montato, una cartella o un dispositivo a blocchi.</translation>
    </message>
    <message>
        <source>The drive %1 is the seed&apos;s own folder or inside it: choose a drive outside the staging location.</source>
        <translation>Il disco %1 è la cartella stessa del seed o si trova al suo interno: scegli un disco fuori dal percorso di gestione temporanea.</translation>
    </message>
    <message>
        <source>The drive %1 is drive %2 of this job and already finished: skipped.</source>
        <translation>Il disco %1 è il disco %2 di questo processo ed è già finito: saltato.</translation>
    </message>
    <message>
        <source>The key of the unfinished drive %1 is not in this computer&apos;s keychain: the drive is prepared again from the start.</source>
        <translation>La chiave del disco non finito %1 non è nel portachiavi di questo computer: il disco viene preparato di nuovo dall&apos;inizio.</translation>
    </message>
    <message>
        <source>The drive %1 is drive %2 of another import job, &quot;%3&quot;: to reuse it for &quot;%4&quot;, confirm by typing its name (--confirm-format %1); or use another drive.</source>
        <translation>Il disco %1 è il disco %2 di un altro processo di importazione, &quot;%3&quot;: per riusarlo per &quot;%4&quot;, conferma scrivendo il suo nome (--confirm-format %1); oppure usa un altro disco.</translation>
    </message>
    <message>
        <source>The drive %1 holds files Semina did not write (%2): they would be deleted. Confirm by typing its name (--confirm-format %1), or use an empty drive.</source>
        <translation>Il disco %1 contiene file non scritti da Semina (%2): verrebbero eliminati. Conferma scrivendo il suo nome (--confirm-format %1), oppure usa un disco vuoto.</translation>
    </message>
    <message>
        <source>The unfinished drive %1 (drive %2) is replaced by %3; %1 must be prepared again before it is shipped.</source>
        <translation>Il disco non finito %1 (disco %2) è sostituito da %3; %1 va preparato di nuovo prima di spedirlo.</translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation>sostituito da %1</translation>
    </message>
    <message>
        <source>read back wrong from drive %1 and written again (%2 writes)</source>
        <translation>riletto errato dal disco %1 e scritto di nuovo (%2 scritture)</translation>
    </message>
    <message>
        <source>Writing the manifest of drive %1</source>
        <translation>Scrittura del manifesto del disco %1</translation>
    </message>
    <message>
        <source>The drive %1 took no object: it is too small or full. Use a larger or empty drive.</source>
        <translation>Il disco %1 non ha ricevuto alcun oggetto: è troppo piccolo o pieno. Usa un disco più grande o vuoto.</translation>
    </message>
    <message>
        <source>This computer has no offline identity: the manifest of drive %1 is not signed. Prepare drives on the server that wrote the seed to have them signed.</source>
        <translation>Questo computer non ha un&apos;identità offline: il manifesto del disco %1 non è firmato. Prepara i dischi sul server che ha scritto il seed per averli firmati.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Impossibile leggere %1: %2.</translation>
    </message>
    <message>
        <source>The seed of &quot;%1&quot; lists no object: write it again.</source>
        <translation>Il seed di &quot;%1&quot; non elenca alcun oggetto: scrivilo di nuovo.</translation>
    </message>
    <message>
        <source>The journal %1 belongs to an earlier seed of &quot;%2&quot; (the seed was written again): delete the folder %3 to prepare the drives of the new seed from the start.</source>
        <translation>Il registro %1 appartiene a un seed precedente di &quot;%2&quot; (il seed è stato scritto di nuovo): elimina la cartella %3 per preparare dall&apos;inizio i dischi del nuovo seed.</translation>
    </message>
</context>
<context>
    <name>Semina::Drives::DriveVerifier</name>
    <message>
        <source>The drive %1 was not finished: it has no recovery password yet. Run diskprep for its job again to finish it.</source>
        <translation>Il disco %1 non è stato finito: non ha ancora una password di ripristino. Esegui di nuovo diskprep per il suo processo per finirlo.</translation>
    </message>
    <message>
        <source>Give the drive&apos;s recovery password to unlock it.</source>
        <translation>Indica la password di ripristino del disco per sbloccarlo.</translation>
    </message>
    <message>
        <source>The key of drive %1 is not in this computer&apos;s keychain: give its recovery password (--recovery-password).</source>
        <translation>La chiave del disco %1 non è nel portachiavi di questo computer: indica la sua password di ripristino (--recovery-password).</translation>
    </message>
    <message>
        <source>Unlocking the drive</source>
        <translation>Sblocco del disco</translation>
    </message>
    <message>
        <source>The drive manifest on %1 belongs to another drive (%2).</source>
        <translation>Il manifesto del disco su %1 appartiene a un altro disco (%2).</translation>
    </message>
    <message>
        <source>Reading every object on the drive and checking it</source>
        <translation>Lettura e controllo di ogni oggetto sul disco</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: its SHA-256 differs from the manifest&apos;s</source>
        <translation>%1: il suo SHA-256 è diverso da quello del manifesto</translation>
    </message>
    <message>
        <source>%1: the CRC64 of its bytes on the drive differs from the manifest&apos;s</source>
        <translation>%1: il CRC64 dei suoi byte sul disco è diverso da quello del manifesto</translation>
    </message>
    <message>
        <source>%1: a file the manifest does not list</source>
        <translation>%1: un file che il manifesto non elenca</translation>
    </message>
    <message>
        <source>The drive %1 is damaged: %2 (%3 problems in all). Prepare it again from the staging location, or ask the station to use the other drives first.</source>
        <translation>Il disco %1 è danneggiato: %2 (%3 problemi in tutto). Preparalo di nuovo dal percorso di gestione temporanea, oppure chiedi alla stazione di usare prima gli altri dischi.</translation>
    </message>
</context>
<context>
    <name>Semina::Drives::PreparedDrives</name>
    <message>
        <source>The drives of the job in %1 are not prepared yet: run semina-cli diskprep s:&lt;staging&gt; to prepare them.</source>
        <translation>I dischi del processo in %1 non sono ancora preparati: esegui semina-cli diskprep s:&lt;staging&gt; per prepararli.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Impossibile leggere %1: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: run diskprep for this job again to rewrite it.</source>
        <translation>%1 è danneggiato: esegui di nuovo diskprep per questo processo per riscriverlo.</translation>
    </message>
</context>
<context>
    <name>Semina::Drives::RecoveryPassword</name>
    <message>
        <source>A recovery password has only digits: eight groups of six, e.g. 123456-234567-...; check what was typed.</source>
        <translation>Una password di ripristino ha solo cifre: otto gruppi di sei, per esempio 123456-234567-...; controlla cosa è stato scritto.</translation>
    </message>
    <message>
        <source>A recovery password has 48 digits in eight groups of six; %1 digits were given: type it again from the printed copy.</source>
        <translation>Una password di ripristino ha 48 cifre in otto gruppi di sei; ne sono state date %1: riscrivila dalla copia stampata.</translation>
    </message>
    <message>
        <source>Group %1 of the recovery password is mistyped: check its six digits against the printed copy.</source>
        <translation>Il gruppo %1 della password di ripristino è scritto male: confronta le sue sei cifre con la copia stampata.</translation>
    </message>
</context>
<context>
    <name>Semina::Drives::SealedFile</name>
    <message>
        <source>The drive file %1 cannot be written: %2.</source>
        <translation>Impossibile scrivere il file del disco %1: %2.</translation>
    </message>
    <message>
        <source>The drive file %1 cannot be read (%2): check that the drive is still connected, then run the same command again to continue.</source>
        <translation>Impossibile leggere il file del disco %1 (%2): controlla che il disco sia ancora collegato, poi esegui di nuovo lo stesso comando per continuare.</translation>
    </message>
    <message>
        <source>Out of memory while writing %1.</source>
        <translation>Memoria esaurita durante la scrittura di %1.</translation>
    </message>
    <message>
        <source>The drive %1 cannot be synced (%2): check that it is still connected, then run the same command again to continue.</source>
        <translation>Impossibile sincronizzare il disco %1 (%2): controlla che sia ancora collegato, poi esegui di nuovo lo stesso comando per continuare.</translation>
    </message>
    <message>
        <source>The drive file %1 is missing.</source>
        <translation>Il file del disco %1 manca.</translation>
    </message>
    <message>
        <source>Out of memory while reading %1.</source>
        <translation>Memoria esaurita durante la lettura di %1.</translation>
    </message>
    <message>
        <source>The drive file %1 is damaged: segment %2 does not open (changed, cut short or moved bytes).</source>
        <translation>Il file del disco %1 è danneggiato: il segmento %2 non si apre (byte modificati, troncati o spostati).</translation>
    </message>
    <message>
        <source>The drive file %1 is damaged: it is cut short.</source>
        <translation>Il file del disco %1 è danneggiato: è troncato.</translation>
    </message>
</context>
<context>
    <name>Semina::Drives::SpanPlan</name>
    <message>
        <source>The object %1 (%2) does not fit on an empty drive of %3, of which %4 are kept for the drive&apos;s folders and manifest: use larger drives.</source>
        <translation>L&apos;oggetto %1 (%2) non entra in un disco vuoto da %3, di cui %4 sono riservati alle cartelle e al manifesto del disco: usa dischi più grandi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size: write it like 4T, 500G, 1.5TB or 750GiB.</source>
        <translation>&quot;%1&quot; non è una dimensione: scrivila come 4T, 500G, 1.5TB o 750GiB.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable drive size.</source>
        <translation>&quot;%1&quot; non è una dimensione di disco utilizzabile.</translation>
    </message>
</context>
<context>
    <name>Semina::Drives::StagedSeeds</name>
    <message>
        <source>The staging location %1 does not exist: name the folder the offline backup wrote its seed into (s:&lt;staging&gt; or --staging DIR).</source>
        <translation>Il percorso di gestione temporanea %1 non esiste: indica la cartella in cui il backup offline ha scritto il seed (s:&lt;staging&gt; o --staging CARTELLA).</translation>
    </message>
    <message>
        <source>not ready: the seed is still being written (no signed manifest yet)</source>
        <translation>non pronto: il seed è ancora in scrittura (nessun manifesto firmato ancora)</translation>
    </message>
    <message>
        <source>The staging location %1 holds no seed: run the offline backup first (semina-cli offline-backup), or name the staging location it wrote to.</source>
        <translation>Il percorso di gestione temporanea %1 non contiene alcun seed: esegui prima il backup offline (semina-cli offline-backup), oppure indica il percorso in cui ha scritto.</translation>
    </message>
</context>
<context>
    <name>Semina::Error</name>
    <message>
        <source>usage error</source>
        <translation>errore di utilizzo</translation>
    </message>
    <message>
        <source>invalid input</source>
        <translation>dato non valido</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>non trovato</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>accesso negato</translation>
    </message>
    <message>
        <source>data damaged</source>
        <translation>dati danneggiati</translation>
    </message>
    <message>
        <source>file system error</source>
        <translation>errore del file system</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>errore di rete</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>portachiavi non disponibile</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflitto</translation>
    </message>
    <message>
        <source>waiting for import job</source>
        <translation>in attesa del processo di importazione</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>errore interno</translation>
    </message>
    <message>
        <source>vault in use</source>
        <translation>insieme di credenziali in uso</translation>
    </message>
</context>
<context>
    <name>Semina::JobContext</name>
    <message>
        <source>Cancelled. Run the same job again to continue where it stopped.</source>
        <translation>Annullato. Esegui di nuovo la stessa operazione per riprendere da dove si è fermata.</translation>
    </message>
</context>
<context>
    <name>Semina::Language</name>
    <message>
        <source>Unknown language &quot;%1&quot;: use one of %2.</source>
        <translation>Lingua sconosciuta &quot;%1&quot;: usa una tra %2.</translation>
    </message>
    <message>
        <source>The %1 translation is missing from this build.</source>
        <translation>La traduzione %1 manca in questa versione.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::Certificate</name>
    <message>
        <source>The data is not an X.509 certificate in DER form.</source>
        <translation>I dati non sono un certificato X.509 in formato DER.</translation>
    </message>
    <message>
        <source>The management certificate in %1 is not a PKCS#12 certificate: download the publish settings file again.</source>
        <translation>Il certificato di gestione in %1 non è un certificato PKCS#12: scarica di nuovo il file delle impostazioni di pubblicazione.</translation>
    </message>
    <message>
        <source>The management certificate in %1 cannot be opened with an empty password or uses an unsupported algorithm: download the publish settings file again.</source>
        <translation>Il certificato di gestione in %1 non si apre con una password vuota o usa un algoritmo non supportato: scarica di nuovo il file delle impostazioni di pubblicazione.</translation>
    </message>
    <message>
        <source>The management certificate in %1 holds no certificate: download the publish settings file again.</source>
        <translation>Il certificato di gestione in %1 non contiene alcun certificato: scarica di nuovo il file delle impostazioni di pubblicazione.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::CertificatePublisher</name>
    <message>
        <source>The certificate %1 is not published in container &quot;%2&quot; of %3: on the server that owns it, run &quot;semina-cli certgen AddRegistryEntries&quot; for this storage account.</source>
        <translation>Il certificato %1 non è pubblicato nel contenitore &quot;%2&quot; di %3: sul server che lo possiede, esegui &quot;semina-cli certgen AddRegistryEntries&quot; per questo account di archiviazione.</translation>
    </message>
    <message>
        <source>The object %1 in container &quot;%2&quot; of %3 is not the certificate %4: it was altered; publish the certificate again from its server.</source>
        <translation>L&apos;oggetto %1 nel contenitore &quot;%2&quot; di %3 non è il certificato %4: è stato alterato; pubblica di nuovo il certificato dal suo server.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::DataFolder</name>
    <message>
        <source>Cannot create the folder &quot;%1&quot;: check the permissions of its parent folder.</source>
        <translation>Impossibile creare la cartella &quot;%1&quot;: controlla i permessi della cartella che la contiene.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::Deadlines</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ora</numerusform>
            <numerusform>%n ore</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>mancano %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>in ritardo di %1</translation>
    </message>
    <message>
        <source>Enter the shipping details by %1 (%2).</source>
        <translation>Inserisci i dettagli di spedizione entro il %1 (%2).</translation>
    </message>
    <message>
        <source>The drives must arrive at the station by %1 (%2).</source>
        <translation>I dischi devono arrivare alla stazione entro il %1 (%2).</translation>
    </message>
    <message>
        <source>Processing is expected to end between %1 and %2 (7 to 10 days after receipt; no promise).</source>
        <translation>L&apos;elaborazione dovrebbe terminare tra il %1 e il %2 (da 7 a 10 giorni dalla ricezione; senza garanzia).</translation>
    </message>
    <message>
        <source>Processing takes longer than the expected 7 to 10 days (expected by %1): ask the station.</source>
        <translation>L&apos;elaborazione dura più dei 7-10 giorni previsti (attesa entro il %1): chiedi alla stazione.</translation>
    </message>
    <message>
        <source>Enter the shipping details by %1: %2</source>
        <extracomment>%1 is a day (&quot;18 December&quot;), %2 the time left (&quot;9 days left&quot;)</extracomment>
        <translation>Inserisci i dettagli di spedizione entro il %1: %2</translation>
    </message>
    <message>
        <source>Drives must arrive by %1: %2</source>
        <extracomment>%1 is a day (&quot;18 December&quot;), %2 the time left (&quot;9 days left&quot;)</extracomment>
        <translation>I dischi devono arrivare entro il %1: %2</translation>
    </message>
    <message>
        <source>Expected between %1 and %2</source>
        <extracomment>%1 and %2 are days (&quot;12 December&quot;)</extracomment>
        <translation>Fine prevista tra il %1 e il %2</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::DriveState</name>
    <message>
        <source>Specified</source>
        <translation>Specificato</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuto</translation>
    </message>
    <message>
        <source>Never received</source>
        <translation>Mai ricevuto</translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation>Trasferimento</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Completed with errors or warnings (see its log)</source>
        <translation>Completato con errori o avvisi (vedi il suo log)</translation>
    </message>
    <message>
        <source>Shipped back</source>
        <translation>Rispedito</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::ImportGate</name>
    <message>
        <source>(The import service could not be asked: %1)</source>
        <translation>(Non è stato possibile interrogare il servizio di importazione: %1)</translation>
    </message>
    <message>
        <source>Waiting for import job to complete: the import job &quot;%1&quot; (%2) seeds this vault offline, and backups into it resume once the job is completed. `semina-cli status` shows its state.</source>
        <translation>In attesa del completamento del processo di importazione: il processo di importazione &quot;%1&quot; (%2) alimenta offline questo insieme di credenziali, e i backup riprendono quando il processo è completato. `semina-cli status` ne mostra lo stato.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::ImportJob</name>
    <message>
        <source>Creating</source>
        <translation>Creazione</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Spedizione</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuto</translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation>Trasferimento</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Imballaggio</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>The job record is damaged (%1).</source>
        <translation>Il record del processo è danneggiato (%1).</translation>
    </message>
    <message>
        <source>Seeding</source>
        <translation>Seed in scrittura</translation>
    </message>
    <message>
        <source>Seeded</source>
        <translation>Seed pronto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Drives prepared</source>
        <translation>Dischi preparati</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::ImportJobStore</name>
    <message>
        <source>Another Semina process keeps the job list in &quot;%1&quot; busy: wait for it to finish, then try again.</source>
        <translation>Un altro processo di Semina tiene occupato l&apos;elenco dei processi in &quot;%1&quot;: attendi che finisca, poi riprova.</translation>
    </message>
    <message>
        <source>Cannot read the job record &quot;%1&quot;: check its permissions.</source>
        <translation>Impossibile leggere il record del processo &quot;%1&quot;: controlla i suoi permessi.</translation>
    </message>
    <message>
        <source>The job record &quot;%1&quot; is damaged: move it away; the other jobs are not affected.</source>
        <translation>Il record del processo &quot;%1&quot; è danneggiato: spostalo altrove; gli altri processi non sono coinvolti.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job name: use 3 to 64 letters, digits, hyphens and underscores.</source>
        <translation>&quot;%1&quot; non è un nome di processo: usa da 3 a 64 lettere, cifre, trattini e trattini bassi.</translation>
    </message>
    <message>
        <source>A job named &quot;%1&quot; exists already: choose another name (semina-cli jobs lists them).</source>
        <translation>Esiste già un processo di nome &quot;%1&quot;: scegli un altro nome (semina-cli jobs li elenca).</translation>
    </message>
    <message>
        <source>There is no import job named &quot;%1&quot; on this server: semina-cli jobs lists them.</source>
        <translation>Su questo server non esiste un processo di importazione di nome &quot;%1&quot;: semina-cli jobs li elenca.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; was changed by another process meanwhile: read it again and repeat the change.</source>
        <translation>Il processo &quot;%1&quot; è stato modificato da un altro processo nel frattempo: rileggilo e ripeti la modifica.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is %2 and cannot become %3.</source>
        <translation>Il processo &quot;%1&quot; è in stato %2 e non può passare a %3.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::JobCreation</name>
    <message>
        <source>The drive &quot;%1&quot; of job &quot;%2&quot; is not fully prepared (id, key, manifest hash, &quot;%3 of %4&quot;): prepare it again.</source>
        <translation>Il disco &quot;%1&quot; del processo &quot;%2&quot; non è preparato del tutto (ID, chiave, hash del manifesto, &quot;%3 di %4&quot;): preparalo di nuovo.</translation>
    </message>
    <message>
        <source>The seed manifest &quot;%1&quot; cannot be read (%2): name the staging location and job of a written seed.</source>
        <translation>Impossibile leggere il manifesto del seed &quot;%1&quot; (%2): indica il percorso di gestione temporanea e il processo di un seed scritto.</translation>
    </message>
    <message>
        <source>Ship the drives to:</source>
        <translation>Spedisci i dischi a:</translation>
    </message>
    <message>
        <source>Supported carriers: %1</source>
        <translation>Corrieri supportati: %1</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::JobStanding</name>
    <message>
        <source>%1: the first backup is not written completely yet; continue it here</source>
        <translation>%1: il primo backup non è ancora scritto del tutto; continualo qui</translation>
    </message>
    <message>
        <source>%1: the first backup is written, ready to be copied onto drives</source>
        <translation>%1: il primo backup è scritto, pronto per essere copiato sui dischi</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n drive(s) prepared, the import job not created yet</source>
        <translation>
            <numerusform>%1: %n disco preparato, il processo di importazione non è ancora creato</numerusform>
            <numerusform>%1: %n dischi preparati, il processo di importazione non è ancora creato</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n drive(s) prepared, waiting for shipping details; %2</source>
        <extracomment>%1 is the job, %2 the time left (&quot;9 days left&quot;)</extracomment>
        <translation>
            <numerusform>%1: %n disco preparato, in attesa dei dettagli di spedizione; %2</numerusform>
            <numerusform>%1: %n dischi preparati, in attesa dei dettagli di spedizione; %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n drive(s) on their way. %2</source>
        <extracomment>%1 is the job, %2 the deadline (&quot;Drives must arrive by 18 December: 9 days left&quot;)</extracomment>
        <translation>
            <numerusform>%1: %n disco in viaggio. %2</numerusform>
            <numerusform>%1: %n dischi in viaggio. %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 at the station, %3 of %n drive(s) done. %4</source>
        <extracomment>%1 is the job, %2 its state, %3 the drives done, %4 the expected end (&quot;Expected between ...&quot;)</extracomment>
        <translation>
            <numerusform>%1: %2 alla stazione, %3 di %n disco completato. %4</numerusform>
            <numerusform>%1: %2 alla stazione, %3 di %n dischi completati. %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: imported; the next backup moves the data into the vault</source>
        <translation>%1: importato; il prossimo backup sposta i dati nell&apos;insieme di credenziali</translation>
    </message>
    <message>
        <source>%1: closed with errors; the drives&apos; logs say why</source>
        <translation>%1: chiuso con errori; i log dei dischi dicono perché</translation>
    </message>
    <message>
        <source>%1: canceled; its drives stay with you</source>
        <translation>%1: annullato; i dischi restano a te</translation>
    </message>
    <message>
        <source>%1 (the import service did not answer: %2)</source>
        <translation>%1 (il servizio di importazione non ha risposto: %2)</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::JobStatus</name>
    <message>
        <source>The staging location &quot;%1&quot; holds no seed of an import job: choose the staging location the seed was written to.</source>
        <translation>Il percorso di gestione temporanea &quot;%1&quot; non contiene alcun seed di un processo di importazione: scegli il percorso di gestione temporanea in cui è stato scritto il seed.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is not in the import service, so there is nothing to cancel there.</source>
        <translation>Il processo &quot;%1&quot; non è nel servizio di importazione, quindi lì non c&apos;è nulla da annullare.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is canceled already.</source>
        <translation>Il processo &quot;%1&quot; è già annullato.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is %2: a job can be canceled only while Creating or Shipping, before its drives reach the station.</source>
        <translation>Il processo &quot;%1&quot; è in stato %2: un processo può essere annullato solo in stato Creazione o Spedizione, prima che i suoi dischi arrivino alla stazione.</translation>
    </message>
    <message>
        <source>The import service could not be asked about the job &quot;%1&quot;: cancel it once the service answers (Refresh).</source>
        <translation>Non è stato possibile interrogare il servizio di importazione sul processo &quot;%1&quot;: annullalo quando il servizio risponde (Aggiorna).</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::KeyWrap</name>
    <message>
        <source>A wrapped key does not open with this station&apos;s key: it was changed, was wrapped for another station, or belongs to another job or drive.</source>
        <translation>Una chiave protetta non si apre con la chiave di questa stazione: è stata modificata, è stata protetta per un&apos;altra stazione, oppure appartiene a un altro processo o disco.</translation>
    </message>
    <message>
        <source>The station&apos;s certificate holds neither an EC P-256 nor an RSA key: initialise the import service again.</source>
        <translation>Il certificato della stazione non contiene né una chiave EC P-256 né una chiave RSA: inizializza di nuovo il servizio di importazione.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::LocalSubscription</name>
    <message>
        <source>The subscription needs a name: give one with --name.</source>
        <translation>La sottoscrizione ha bisogno di un nome: indicalo con --name.</translation>
    </message>
    <message>
        <source>The subscription id &quot;%1&quot; is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): give a GUID with --id, or leave --id out to get a new one.</source>
        <translation>L&apos;ID sottoscrizione &quot;%1&quot; non è un GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): indica un GUID con --id, oppure ometti --id per averne uno nuovo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists: choose another --out file, or remove it first.</source>
        <translation>&quot;%1&quot; esiste già: scegli un altro file --out, oppure rimuovilo prima.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::OfflineApplicationParams</name>
    <message>
        <source>&quot;%1&quot; is not an OfflineApplicationParams file: give the file that semina-cli certgen CreateNewApplication wrote.</source>
        <translation>&quot;%1&quot; non è un file OfflineApplicationParams: indica il file scritto da semina-cli certgen CreateNewApplication.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (not well-formed XML): create or register the offline identity again.</source>
        <translation>&quot;%1&quot; è danneggiato (XML non ben formato): crea o registra di nuovo l&apos;identità offline.</translation>
    </message>
    <message>
        <source>The certificate in &quot;%1&quot; is damaged: create or register the offline identity again.</source>
        <translation>Il certificato in &quot;%1&quot; è danneggiato: crea o registra di nuovo l&apos;identità offline.</translation>
    </message>
    <message>
        <source>The thumbprint in &quot;%1&quot; does not match its certificate: the file was edited; create or register the offline identity again.</source>
        <translation>L&apos;identificazione personale in &quot;%1&quot; non corrisponde al suo certificato: il file è stato modificato; crea o registra di nuovo l&apos;identità offline.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist: check the path.</source>
        <translation>&quot;%1&quot; non esiste: controlla il percorso.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: check its permissions.</source>
        <translation>Impossibile leggere &quot;%1&quot;: controlla i suoi permessi.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::OfflineFormValidator</name>
    <message>
        <source>Staging location</source>
        <translation>Percorso di gestione temporanea</translation>
    </message>
    <message>
        <source>Publish settings file</source>
        <translation>File delle impostazioni di pubblicazione</translation>
    </message>
    <message>
        <source>Import job name</source>
        <translation>Nome del processo di importazione</translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation>ID sottoscrizione</translation>
    </message>
    <message>
        <source>Storage account</source>
        <translation>Account di archiviazione</translation>
    </message>
    <message>
        <source>Storage container</source>
        <translation>Contenitore di archiviazione</translation>
    </message>
    <message>
        <source>give the job a name, e.g. fileserver-2026-11.</source>
        <translation>dai un nome al processo, ad esempio fileserver-2026-11.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed: use 3 to 64 letters, digits, hyphens (-) and underscores (_).</source>
        <translation>&quot;%1&quot; non è ammesso: usa da 3 a 64 lettere, cifre, trattini (-) e trattini bassi (_).</translation>
    </message>
    <message>
        <source>this server already has a job named &quot;%1&quot;: choose another name (semina-cli jobs lists them).</source>
        <translation>questo server ha già un processo di nome &quot;%1&quot;: scegli un altro nome (semina-cli jobs li elenca).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): copy the id from the publish settings file.</source>
        <translation>&quot;%1&quot; non è un GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): copia l&apos;ID dal file delle impostazioni di pubblicazione.</translation>
    </message>
    <message>
        <source>no publish settings file with subscriptions was given: choose the publish settings file first.</source>
        <translation>non è stato indicato un file delle impostazioni di pubblicazione con sottoscrizioni: scegli prima il file delle impostazioni di pubblicazione.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the publish settings file, which holds %2: choose one of those.</source>
        <translation>&quot;%1&quot; non è nel file delle impostazioni di pubblicazione, che contiene %2: scegline uno.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a storage account name: use 3 to 24 lower-case letters and digits, nothing else.</source>
        <translation>&quot;%1&quot; non è un nome di account di archiviazione: usa da 3 a 24 lettere minuscole e cifre, nient&apos;altro.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not registered for offline backup on this server: run &quot;semina-cli certgen AddRegistryEntries SubscriptionId:GUID xmlfilepath:FILE storageaccountname:%1&quot; first.</source>
        <translation>&quot;%1&quot; non è registrato per il backup offline su questo server: esegui prima &quot;semina-cli certgen AddRegistryEntries SubscriptionId:GUID xmlfilepath:FILE storageaccountname:%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a container name: use 3 to 63 lower-case letters, digits and hyphens, starting and ending with a letter or digit, never two hyphens in a row.</source>
        <translation>&quot;%1&quot; non è un nome di contenitore: usa da 3 a 63 lettere minuscole, cifre e trattini, iniziando e finendo con una lettera o una cifra, mai due trattini di seguito.</translation>
    </message>
    <message>
        <source>give a folder on a disk with room for the seed, or a network path (\\server\share).</source>
        <translation>indica una cartella su un disco con spazio per il seed, oppure un percorso di rete (\\server\condivisione).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete network path: write it as \\server\share\folder or //server/share/folder.</source>
        <translation>&quot;%1&quot; non è un percorso di rete completo: scrivilo come \\server\condivisione\cartella o //server/condivisione/cartella.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a relative path: give the full path, so the copy computer can find it.</source>
        <translation>&quot;%1&quot; è un percorso relativo: indica il percorso completo, così che il computer di copia possa trovarlo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a file, not a folder: choose a folder.</source>
        <translation>&quot;%1&quot; è un file, non una cartella: scegli una cartella.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be created because &quot;%2&quot; is a file: choose another folder.</source>
        <translation>&quot;%1&quot; non può essere creata perché &quot;%2&quot; è un file: scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not writable: choose a folder you can write to, or change its permissions.</source>
        <translation>&quot;%1&quot; non è scrivibile: scegli una cartella in cui puoi scrivere, oppure cambia i suoi permessi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be created: &quot;%2&quot; is not writable; choose another folder.</source>
        <translation>&quot;%1&quot; non può essere creata: &quot;%2&quot; non è scrivibile; scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 free but the seed needs about %3: free some space or choose a larger disk.</source>
        <translation>&quot;%1&quot; ha %2 liberi ma il seed richiede circa %3: libera spazio o scegli un disco più grande.</translation>
    </message>
    <message>
        <source>choose the .publishsettings file of your subscription.</source>
        <translation>scegli il file .publishsettings della tua sottoscrizione.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist: check the path.</source>
        <translation>&quot;%1&quot; non esiste: controlla il percorso.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file that can be read: choose the .publishsettings file, or check its permissions.</source>
        <translation>&quot;%1&quot; non è un file leggibile: scegli il file .publishsettings, oppure controlla i suoi permessi.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::OfflineIdentity</name>
    <message>
        <source>The subscription id &quot;%1&quot; is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): copy it from the publish settings file or the subscription&apos;s page.</source>
        <translation>L&apos;ID sottoscrizione &quot;%1&quot; non è un GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): copialo dal file delle impostazioni di pubblicazione o dalla pagina della sottoscrizione.</translation>
    </message>
    <message>
        <source>Another Semina process is creating the offline identity: wait for it, then run the command again.</source>
        <translation>Un altro processo di Semina sta creando l&apos;identità offline: attendilo, poi esegui di nuovo il comando.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists but cannot be read (%2): move it away to make a new offline identity.</source>
        <translation>&quot;%1&quot; esiste ma non può essere letto (%2): spostalo altrove per creare una nuova identità offline.</translation>
    </message>
    <message>
        <source>This server already has an offline identity: certificate %1 with thumbprint %2, for subscription %3, in &quot;%4&quot;. Semina does not make a second one. To use it, export the certificate with &quot;semina-cli certgen ExportCertificate out:FILE.cer&quot;, upload FILE.cer, and keep the thumbprint %2.</source>
        <translation>Questo server ha già un&apos;identità offline: certificato %1 con identificazione personale %2, per la sottoscrizione %3, in &quot;%4&quot;. Semina non ne crea una seconda. Per usarla, esporta il certificato con &quot;semina-cli certgen ExportCertificate out:FILE.cer&quot;, carica FILE.cer e conserva l&apos;identificazione personale %2.</translation>
    </message>
    <message>
        <source>This server has no offline identity yet (no &quot;%1&quot;): make one with &quot;semina-cli certgen CreateNewApplication SubscriptionId:GUID&quot;.</source>
        <translation>Questo server non ha ancora un&apos;identità offline (manca &quot;%1&quot;): creala con &quot;semina-cli certgen CreateNewApplication SubscriptionId:GUID&quot;.</translation>
    </message>
    <message>
        <source>The private key of the offline identity %1 is not in this keychain: sign on the server that created it, or move &quot;%2&quot; away and create a new identity.</source>
        <translation>La chiave privata dell&apos;identità offline %1 non è in questo portachiavi: firma sul server che l&apos;ha creata, oppure sposta altrove &quot;%2&quot; e crea una nuova identità.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::OfflineRegistry</name>
    <message>
        <source>The subscription id &quot;%1&quot; is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): give the id used with CreateNewApplication.</source>
        <translation>L&apos;ID sottoscrizione &quot;%1&quot; non è un GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): indica l&apos;ID usato con CreateNewApplication.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a storage account name: use 3 to 24 lower-case letters and digits.</source>
        <translation>&quot;%1&quot; non è un nome di account di archiviazione: usa da 3 a 24 lettere minuscole e cifre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is for subscription %2, not %3: give the subscription the identity was created for, or create one for %3.</source>
        <translation>&quot;%1&quot; è per la sottoscrizione %2, non %3: indica la sottoscrizione per cui è stata creata l&apos;identità, oppure creane una per %3.</translation>
    </message>
    <message>
        <source>Cannot save Semina&apos;s settings in &quot;%1&quot;: check that the folder is writable.</source>
        <translation>Impossibile salvare le impostazioni di Semina in &quot;%1&quot;: controlla che la cartella sia scrivibile.</translation>
    </message>
    <message>
        <source>The storage account &quot;%1&quot; is not registered for offline backup: register it with &quot;semina-cli certgen AddRegistryEntries SubscriptionId:GUID xmlfilepath:FILE storageaccountname:%1&quot;.</source>
        <translation>L&apos;account di archiviazione &quot;%1&quot; non è registrato per il backup offline: registralo con &quot;semina-cli certgen AddRegistryEntries SubscriptionId:GUID xmlfilepath:FILE storageaccountname:%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::PublishSettings</name>
    <message>
        <source>&quot;%1&quot; is a Web Deploy publishing profile (publishData/publishProfile with publishMethod &quot;MSDeploy&quot;), not the publish settings of a subscription: download the subscription&apos;s .publishsettings file (its root element is PublishData) and choose that one.</source>
        <translation>&quot;%1&quot; è un profilo di pubblicazione Web Deploy (publishData/publishProfile con publishMethod &quot;MSDeploy&quot;), non le impostazioni di pubblicazione di una sottoscrizione: scarica il file .publishsettings della sottoscrizione (il suo elemento radice è PublishData) e scegli quello.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (subscription &quot;%2&quot;)</source>
        <translation>&quot;%1&quot; (sottoscrizione &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 has no ManagementCertificate: download the publish settings file again.</source>
        <translation>%1 non ha un ManagementCertificate: scarica di nuovo il file delle impostazioni di pubblicazione.</translation>
    </message>
    <message>
        <source>The ManagementCertificate of %1 is not valid base64: the file was damaged or cut short; download the publish settings file again.</source>
        <translation>Il ManagementCertificate di %1 non è base64 valido: il file è danneggiato o troncato; scarica di nuovo il file delle impostazioni di pubblicazione.</translation>
    </message>
    <message>
        <source>The management certificate of %1 expired on %2: download a new publish settings file, which carries a new certificate.</source>
        <translation>Il certificato di gestione di %1 è scaduto il %2: scarica un nuovo file delle impostazioni di pubblicazione, che contiene un nuovo certificato.</translation>
    </message>
    <message>
        <source>The management certificate of %1 is valid only from %2: check this computer&apos;s clock.</source>
        <translation>Il certificato di gestione di %1 è valido solo dal %2: controlla l&apos;orologio di questo computer.</translation>
    </message>
    <message>
        <source>The publish settings file &quot;%1&quot; holds no subscription &quot;%2&quot;; it holds %3: choose one of these, or the publish settings file of that subscription.</source>
        <translation>Il file delle impostazioni di pubblicazione &quot;%1&quot; non contiene la sottoscrizione &quot;%2&quot;; contiene %3: scegline una, oppure il file delle impostazioni di pubblicazione di quella sottoscrizione.</translation>
    </message>
    <message>
        <source>The publish settings file &quot;%1&quot; does not exist: check the path.</source>
        <translation>Il file delle impostazioni di pubblicazione &quot;%1&quot; non esiste: controlla il percorso.</translation>
    </message>
    <message>
        <source>Cannot read the publish settings file &quot;%1&quot;: check its permissions.</source>
        <translation>Impossibile leggere il file delle impostazioni di pubblicazione &quot;%1&quot;: controlla i suoi permessi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is far too large for a publish settings file: choose the .publishsettings file.</source>
        <translation>&quot;%1&quot; è troppo grande per essere un file delle impostazioni di pubblicazione: scegli il file .publishsettings.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is XML but not a publish settings file (no PublishData/PublishProfile): choose the .publishsettings file downloaded for your subscription.</source>
        <translation>&quot;%1&quot; è XML ma non è un file delle impostazioni di pubblicazione (manca PublishData/PublishProfile): scegli il file .publishsettings scaricato per la tua sottoscrizione.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an XML file: choose the .publishsettings file downloaded for your subscription.</source>
        <translation>&quot;%1&quot; non è un file XML: scegli il file .publishsettings scaricato per la tua sottoscrizione.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses publish settings schema version %2, which Semina does not know (it reads 1 and 2.0): download the file again.</source>
        <translation>&quot;%1&quot; usa la versione %2 dello schema delle impostazioni di pubblicazione, che Semina non conosce (legge 1 e 2.0): scarica di nuovo il file.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a well-formed XML file (line %2): it was damaged or cut short; download the publish settings file again.</source>
        <translation>&quot;%1&quot; non è un file XML ben formato (riga %2): è danneggiato o troncato; scarica di nuovo il file delle impostazioni di pubblicazione.</translation>
    </message>
    <message>
        <source>The subscription &quot;%1&quot; in &quot;%2&quot; has the id &quot;%3&quot;, which is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): the file was edited or damaged; download it again.</source>
        <translation>La sottoscrizione &quot;%1&quot; in &quot;%2&quot; ha l&apos;ID &quot;%3&quot;, che non è un GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): il file è stato modificato o è danneggiato; scaricalo di nuovo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists the subscription %2 twice: the file was edited or damaged; download it again.</source>
        <translation>&quot;%1&quot; elenca due volte la sottoscrizione %2: il file è stato modificato o è danneggiato; scaricalo di nuovo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists no subscription: sign in with an account that has a subscription and download the file again.</source>
        <translation>&quot;%1&quot; non elenca alcuna sottoscrizione: accedi con un account che ha una sottoscrizione e scarica di nuovo il file.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::Seed</name>
    <message>
        <source>&quot;%1&quot; cannot be removed: check the folder&apos;s permissions.</source>
        <translation>&quot;%1&quot; non può essere rimosso: controlla i permessi della cartella.</translation>
    </message>
    <message>
        <source>The import job &quot;%1&quot; exists already with the staging location %2: choose another job name, or give that staging location to continue it.</source>
        <translation>Il processo di importazione &quot;%1&quot; esiste già con il percorso di gestione temporanea %2: scegli un altro nome di processo, oppure indica quel percorso per continuarlo.</translation>
    </message>
    <message>
        <source>The import job &quot;%1&quot; is %2: its drives were prepared from this seed, so it cannot be written again. Choose another job name.</source>
        <translation>Il processo di importazione &quot;%1&quot; è in stato %2: i suoi dischi sono stati preparati da questo seed, quindi non può essere scritto di nuovo. Scegli un altro nome di processo.</translation>
    </message>
    <message>
        <source>The seed of the import job &quot;%1&quot; in %2 is finished: run again with --force to replace it (its drives must then be prepared again).</source>
        <translation>Il seed del processo di importazione &quot;%1&quot; in %2 è finito: esegui di nuovo con --force per sostituirlo (i suoi dischi andranno poi preparati di nuovo).</translation>
    </message>
    <message>
        <source>The seed in %1 was started with a passphrase that is not in the OS keychain: give the same passphrase to continue it.</source>
        <translation>Il seed in %1 è stato avviato con una passphrase che non è nel portachiavi del sistema: indica la stessa passphrase per continuarlo.</translation>
    </message>
    <message>
        <source>offline seed %1</source>
        <translation>seed offline %1</translation>
    </message>
    <message>
        <source>The seed was started without its job store or identity.</source>
        <translation>Il seed è stato avviato senza l&apos;archivio dei processi o l&apos;identità.</translation>
    </message>
    <message>
        <source>Give the staging location and at least one folder or file to protect.</source>
        <translation>Indica il percorso di gestione temporanea e almeno una cartella o un file da proteggere.</translation>
    </message>
    <message>
        <source>Another Semina process is writing the seed in %1: wait for it to finish.</source>
        <translation>Un altro processo di Semina sta scrivendo il seed in %1: attendi che finisca.</translation>
    </message>
    <message>
        <source>Opening the seed&apos;s vault</source>
        <translation>Apertura dell&apos;insieme di credenziali del seed</translation>
    </message>
    <message>
        <source>Signing the seed manifest</source>
        <translation>Firma del manifesto del seed</translation>
    </message>
    <message>
        <source>Wrong passphrase: the seed of the import job &quot;%1&quot; in %2 was started with another one. Give the passphrase chosen when it started (the vault&apos;s recovery key opens it too).</source>
        <translation>Passphrase errata: il seed del processo di importazione &quot;%1&quot; in %2 è stato avviato con un&apos;altra. Indica la passphrase scelta all&apos;avvio (lo apre anche la chiave di ripristino dell&apos;insieme di credenziali).</translation>
    </message>
    <message>
        <source>The seed&apos;s vault needs a passphrase to be created: give one (it opens the vault later, with the recovery key shown once, when the seed is finished, as a spare).</source>
        <translation>Per creare l&apos;insieme di credenziali del seed serve una passphrase: indicane una (in seguito apre l&apos;insieme di credenziali; la chiave di ripristino, mostrata una sola volta a seed finito, fa da riserva).</translation>
    </message>
    <message>
        <source>Making the recovery key</source>
        <translation>Creazione della chiave di ripristino</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::SeedEstimate</name>
    <message>
        <source>Cannot read it to judge its compressibility; it is counted as incompressible.</source>
        <translation>Impossibile leggerlo per valutarne la comprimibilità; viene contato come non comprimibile.</translation>
    </message>
    <message>
        <source>Name at least one folder or file to protect.</source>
        <translation>Indica almeno una cartella o un file da proteggere.</translation>
    </message>
    <message>
        <source>The drive size and the sample sizes must be positive.</source>
        <translation>La dimensione dei dischi e quelle dei campioni devono essere positive.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist: check the path of the data to protect.</source>
        <translation>&quot;%1&quot; non esiste: controlla il percorso dei dati da proteggere.</translation>
    </message>
    <message>
        <source>Measuring the data to protect</source>
        <translation>Misurazione dei dati da proteggere</translation>
    </message>
    <message>
        <source>Sampling compressibility</source>
        <translation>Campionamento della comprimibilità</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size: write it like 4T, 500G, 3.5TB or 2TiB.</source>
        <translation>&quot;%1&quot; non è una dimensione: scrivila come 4T, 500G, 3.5TB o 2TiB.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::SeedManifest</name>
    <message>
        <source>The seed manifest &quot;%1&quot; is damaged (%2): write the seed again with --force.</source>
        <translation>Il manifesto del seed &quot;%1&quot; è danneggiato (%2): scrivi di nuovo il seed con --force.</translation>
    </message>
    <message>
        <source>not a seed manifest</source>
        <translation>non è un manifesto del seed</translation>
    </message>
    <message>
        <source>The seed manifest &quot;%1&quot; has version %2, newer than this Semina reads: update Semina.</source>
        <translation>Il manifesto del seed &quot;%1&quot; ha la versione %2, più recente di quella che questo Semina legge: aggiorna Semina.</translation>
    </message>
    <message>
        <source>the job name, the vault id or its container is missing</source>
        <translation>manca il nome del processo, l&apos;ID dell&apos;insieme di credenziali o il suo contenitore</translation>
    </message>
    <message>
        <source>object %1 is not described fully</source>
        <translation>l&apos;oggetto %1 non è descritto completamente</translation>
    </message>
    <message>
        <source>its totals do not match its list of objects</source>
        <translation>i suoi totali non corrispondono al suo elenco di oggetti</translation>
    </message>
    <message>
        <source>The signature file &quot;%1&quot; of the seed manifest is damaged: write the seed again with --force.</source>
        <translation>Il file di firma &quot;%1&quot; del manifesto del seed è danneggiato: scrivi di nuovo il seed con --force.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::SeedObjects</name>
    <message>
        <source>The object &quot;%1&quot; is shorter than the store lists it (%2 bytes).</source>
        <translation>L&apos;oggetto &quot;%1&quot; è più corto di quanto indicato dall&apos;archivio (%2 byte).</translation>
    </message>
    <message>
        <source>Reading the seed back and hashing it</source>
        <translation>Rilettura del seed e calcolo degli hash</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::SeedVerification</name>
    <message>
        <source>&quot;%1&quot; does not exist: the seed in %2 is not finished; run the offline backup of this job again to finish it.</source>
        <translation>&quot;%1&quot; non esiste: il seed in %2 non è finito; esegui di nuovo il backup offline di questo processo per finirlo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2.</source>
        <translation>&quot;%1&quot; non può essere letto: %2.</translation>
    </message>
    <message>
        <source>Checking the seed manifest&apos;s signature</source>
        <translation>Controllo della firma del manifesto del seed</translation>
    </message>
    <message>
        <source>The seed manifest %1 was signed by the certificate %2, not by %3: verify it with the certificate of the server that wrote the seed (certgen ExportCertificate on that server).</source>
        <translation>Il manifesto del seed %1 è stato firmato dal certificato %2, non da %3: verificalo con il certificato del server che ha scritto il seed (certgen ExportCertificate su quel server).</translation>
    </message>
    <message>
        <source>The seed manifest %1 was changed after it was signed, or its signature was: do not ship this seed; write it again with --force.</source>
        <translation>Il manifesto del seed %1 è stato modificato dopo la firma, oppure lo è stata la firma: non spedire questo seed; scrivilo di nuovo con --force.</translation>
    </message>
    <message>
        <source>Reading the seed and comparing it with its manifest</source>
        <translation>Lettura del seed e confronto con il suo manifesto</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: mancante</translation>
    </message>
    <message>
        <source>%1: changed (%2 bytes instead of %3)</source>
        <translation>%1: modificato (%2 byte invece di %3)</translation>
    </message>
    <message>
        <source>%1: changed (%2)</source>
        <translation>%1: modificato (%2)</translation>
    </message>
    <message>
        <source>%1: unreadable (%2)</source>
        <translation>%1: illeggibile (%2)</translation>
    </message>
    <message>
        <source>%1: changed (its SHA-256 differs from the manifest&apos;s)</source>
        <translation>%1: modificato (il suo SHA-256 è diverso da quello del manifesto)</translation>
    </message>
    <message>
        <source>%1: not in the manifest (written after the seed was signed)</source>
        <translation>%1: non nel manifesto (scritto dopo la firma del seed)</translation>
    </message>
    <message>
        <source>The seed in %1 does not match its manifest: %2 (%3 in all). Do not ship it; write it again with --force.</source>
        <translation>Il seed in %1 non corrisponde al suo manifesto: %2 (%3 in tutto). Non spedirlo; scrivilo di nuovo con --force.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::ServiceRecords</name>
    <message>
        <source>The import service&apos;s record %1 is damaged (%2): the station&apos;s operator must restore it from its copy.</source>
        <translation>Il record %1 del servizio di importazione è danneggiato (%2): l&apos;operatore della stazione deve ripristinarlo dalla sua copia.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has %2 parts; give 7, separated by semicolons: recipient; street 1; street 2; city; state or province; postal code; country or region (street 2 and state may be empty).</source>
        <translation>L&apos;indirizzo &quot;%1&quot; ha %2 parti; indicane 7, separate da punto e virgola: destinatario; via 1; via 2; città; stato o provincia; codice postale; paese o area geografica (via 2 e stato possono essere vuoti).</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; needs a recipient, street 1, city, postal code and country or region.</source>
        <translation>L&apos;indirizzo &quot;%1&quot; richiede destinatario, via 1, città, codice postale e paese o area geografica.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::ServiceSetup</name>
    <message>
        <source>Semina receiving station</source>
        <translation>Stazione di ricezione Semina</translation>
    </message>
    <message>
        <source>(set the address: semina-cli service set --address ...)</source>
        <translation>(imposta l&apos;indirizzo: semina-cli service set --address ...)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>The import service needs at least one carrier: give them with --carriers DHL,FedEx,UPS.</source>
        <translation>Il servizio di importazione richiede almeno un corriere: indicali con --carriers DHL,FedEx,UPS.</translation>
    </message>
    <message>
        <source>%1 exists already (&quot;%2&quot;, created %3): change its address or carriers with &quot;semina-cli service set&quot;.</source>
        <translation>%1 esiste già (&quot;%2&quot;, creato il %3): cambia indirizzo o corrieri con &quot;semina-cli service set&quot;.</translation>
    </message>
    <message>
        <source>%1 was created by someone else just now: see it with &quot;semina-cli service show&quot;.</source>
        <translation>%1 è stato appena creato da qualcun altro: visualizzalo con &quot;semina-cli service show&quot;.</translation>
    </message>
    <message>
        <source>The import service needs at least one carrier.</source>
        <translation>Il servizio di importazione richiede almeno un corriere.</translation>
    </message>
    <message>
        <source>The subscription %1 kept changing while its certificate was registered: run the command again.</source>
        <translation>La sottoscrizione %1 è cambiata di continuo mentre il suo certificato veniva registrato: esegui di nuovo il comando.</translation>
    </message>
    <message>
        <source>The publish settings name the service &quot;%1&quot;, which Semina cannot reach: it reaches semina-local://embedded and semina-service://ACCOUNT. Use publish settings issued by &quot;semina-cli subscription create&quot;.</source>
        <translation>Le impostazioni di pubblicazione indicano il servizio &quot;%1&quot;, che Semina non sa raggiungere: raggiunge semina-local://embedded e semina-service://ACCOUNT. Usa impostazioni di pubblicazione emesse da &quot;semina-cli subscription create&quot;.</translation>
    </message>
    <message>
        <source>The import service lives in the storage account &quot;%1&quot;, which this computer does not know: add it with &quot;semina-cli account add %1 ...&quot; as on the computer that created the service.</source>
        <translation>Il servizio di importazione si trova nell&apos;account di archiviazione &quot;%1&quot;, che questo computer non conosce: aggiungilo con &quot;semina-cli account add %1 ...&quot; come sul computer che ha creato il servizio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds several subscriptions (%2): name one with --subscription.</source>
        <translation>&quot;%1&quot; contiene più sottoscrizioni (%2): indicane una con --subscription.</translation>
    </message>
    <message>
        <source>The management certificate in &quot;%1&quot; holds no private key, so it cannot speak for the subscription: download the publish settings file again.</source>
        <translation>Il certificato di gestione in &quot;%1&quot; non contiene una chiave privata, quindi non può agire per la sottoscrizione: scarica di nuovo il file delle impostazioni di pubblicazione.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::ServiceStorage</name>
    <message>
        <source>the import service in %1, container %2</source>
        <translation>il servizio di importazione in %1, contenitore %2</translation>
    </message>
    <message>
        <source>The import service&apos;s object &quot;%1&quot; is not a JSON record: the station&apos;s operator must restore it.</source>
        <translation>L&apos;oggetto &quot;%1&quot; del servizio di importazione non è un record JSON: l&apos;operatore della stazione deve ripristinarlo.</translation>
    </message>
    <message>
        <source>There is no import service in %1: create it with &quot;semina-cli service init&quot;.</source>
        <translation>Non c&apos;è un servizio di importazione in %1: crealo con &quot;semina-cli service init&quot;.</translation>
    </message>
    <message>
        <source>The import service has no job &quot;%1&quot; in subscription %2: &quot;semina-cli status&quot; lists the subscription&apos;s jobs.</source>
        <translation>Il servizio di importazione non ha il processo &quot;%1&quot; nella sottoscrizione %2: &quot;semina-cli status&quot; elenca i processi della sottoscrizione.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::ShippingCommit</name>
    <message>
        <source>The tracking number %1 is already used by another import job: check the number on the package&apos;s label.</source>
        <translation>Il numero di tracciabilità %1 è già usato da un altro processo di importazione: controlla il numero sull&apos;etichetta del pacco.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::ShippingValidator</name>
    <message>
        <source>%1 is missing: enter it.</source>
        <translation>%1 manca: inseriscilo.</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Corriere</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numero di tracciabilità</translation>
    </message>
    <message>
        <source>Number of drives</source>
        <translation>Numero di dischi</translation>
    </message>
    <message>
        <source>Ship date</source>
        <translation>Data di spedizione</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Street (line 1)</source>
        <translation>Via (riga 1)</translation>
    </message>
    <message>
        <source>Street (line 2)</source>
        <translation>Via (riga 2)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Stato o provincia</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Codice postale</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Paese o area geografica</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Return carrier</source>
        <translation>Corriere di ritorno</translation>
    </message>
    <message>
        <source>Return carrier account number</source>
        <translation>Numero di conto del corriere di ritorno</translation>
    </message>
    <message>
        <source>The carrier &quot;%1&quot; is not one the import service accepts: choose one of %2.</source>
        <translation>Il corriere &quot;%1&quot; non è tra quelli accettati dal servizio di importazione: scegline uno tra %2.</translation>
    </message>
    <message>
        <source>The tracking number &quot;%1&quot; is not one a carrier prints: copy the 5 to 40 letters and digits from the package&apos;s label.</source>
        <translation>Il numero di tracciabilità &quot;%1&quot; non è un numero stampato da un corriere: copia le lettere e cifre (da 5 a 40) dall&apos;etichetta del pacco.</translation>
    </message>
    <message>
        <source>The package holds %1 drive(s), but the job has %2: ship every drive of the job in one package and give their number.</source>
        <translation>Il pacco contiene %1 dischi, ma il processo ne ha %2: spedisci tutti i dischi del processo in un solo pacco e indicane il numero.</translation>
    </message>
    <message>
        <source>The ship date is missing or not a date: give it as YYYY-MM-DD.</source>
        <translation>La data di spedizione manca o non è una data: indicala come AAAA-MM-GG.</translation>
    </message>
    <message>
        <source>The ship date %1 is more than a week ahead: enter the shipping details once the package is about to leave (by %2 at the latest).</source>
        <translation>La data di spedizione %1 è oltre una settimana nel futuro: inserisci i dettagli di spedizione quando il pacco sta per partire (al più tardi entro il %2).</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; is not well formed: give 6 to 15 digits, with an optional leading + and spaces or hyphens.</source>
        <translation>Il numero di telefono &quot;%1&quot; non è valido: indica da 6 a 15 cifre, con un + iniziale facoltativo e spazi o trattini.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; is not well formed: give it as name@example.com.</source>
        <translation>L&apos;indirizzo email &quot;%1&quot; non è valido: indicalo come nome@example.com.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::Signature</name>
    <message>
        <source>The offline private key in the keychain is damaged: create the offline identity again with semina-cli certgen CreateNewApplication.</source>
        <translation>La chiave privata offline nel portachiavi è danneggiata: crea di nuovo l&apos;identità offline con semina-cli certgen CreateNewApplication.</translation>
    </message>
    <message>
        <source>The signature does not match the data and the certificate %1: the data was changed after it was signed, or another server signed it.</source>
        <translation>La firma non corrisponde ai dati e al certificato %1: i dati sono stati modificati dopo la firma, oppure li ha firmati un altro server.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::StagedJob</name>
    <message>
        <source>There is no seed of job &quot;%1&quot; in &quot;%2&quot;: name the staging location the seed was written to.</source>
        <translation>Non c&apos;è un seed del processo &quot;%1&quot; in &quot;%2&quot;: indica il percorso di gestione temporanea in cui è stato scritto il seed.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; names no publish settings file: give the publish settings file of its subscription.</source>
        <translation>Il processo &quot;%1&quot; non indica alcun file di impostazioni di pubblicazione: indica il file di impostazioni di pubblicazione della sua sottoscrizione.</translation>
    </message>
    <message>
        <source>The key of drive %1 is not in this computer&apos;s keychain: create the job on the computer that prepared the drives.</source>
        <translation>La chiave del disco %1 non è nel portachiavi di questo computer: crea il processo sul computer che ha preparato i dischi.</translation>
    </message>
    <message>
        <source>The publish settings %1 do not hold the job&apos;s subscription %2 (they hold %3): download the publish settings of the subscription the job was created for.</source>
        <translation>Le impostazioni di pubblicazione %1 non contengono la sottoscrizione %2 del processo (contengono %3): scarica le impostazioni di pubblicazione della sottoscrizione per cui il processo è stato creato.</translation>
    </message>
    <message>
        <source>Reading the seed and the prepared drives</source>
        <translation>Lettura del seed e dei dischi preparati</translation>
    </message>
    <message>
        <source>Opening the import service</source>
        <translation>Apertura del servizio di importazione</translation>
    </message>
    <message>
        <source>Creating the import job in %1</source>
        <translation>Creazione del processo di importazione in %1</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::StationReport</name>
    <message>
        <source>The job &quot;%1&quot; is %2 and cannot become %3.</source>
        <translation>Il processo &quot;%1&quot; è in stato %2 e non può passare a %3.</translation>
    </message>
    <message>
        <source>The drive %1 of job &quot;%2&quot; is %3 and cannot become %4.</source>
        <translation>Il disco %1 del processo &quot;%2&quot; è in stato %3 e non può passare a %4.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; has no drive %2.</source>
        <translation>Il processo &quot;%1&quot; non ha il disco %2.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::StorageRegistration</name>
    <message>
        <source>The storage account &quot;%1&quot; is not set up in Semina, so the certificate cannot be published to it: add it with &quot;semina-cli account add %1 --folder PATH&quot; (or --connection-string-stdin), then register it again.</source>
        <translation>L&apos;account di archiviazione &quot;%1&quot; non è configurato in Semina, quindi non vi si può pubblicare il certificato: aggiungilo con &quot;semina-cli account add %1 --folder PERCORSO&quot; (o --connection-string-stdin), poi registralo di nuovo.</translation>
    </message>
</context>
<context>
    <name>Semina::Offline::StoredImportService</name>
    <message>
        <source>The import service does not know subscription %1 (%2): use a publish settings file issued for it with &quot;semina-cli subscription create --service NAME&quot;.</source>
        <translation>Il servizio di importazione non conosce la sottoscrizione %1 (%2): usa un file di impostazioni di pubblicazione emesso per essa con &quot;semina-cli subscription create --service NOME&quot;.</translation>
    </message>
    <message>
        <source>The management certificate %1 of subscription %2 expired on %3 (or is not valid yet): issue new publish settings for the subscription and use them.</source>
        <translation>Il certificato di gestione %1 della sottoscrizione %2 è scaduto il %3 (oppure non è ancora valido): emetti nuove impostazioni di pubblicazione per la sottoscrizione e usale.</translation>
    </message>
    <message>
        <source>The publish settings&apos; private key does not match the management certificate %1: download the publish settings file again.</source>
        <translation>La chiave privata delle impostazioni di pubblicazione non corrisponde al certificato di gestione %1: scarica di nuovo il file delle impostazioni di pubblicazione.</translation>
    </message>
    <message>
        <source>The import service does not know the management certificate %1 for subscription %2: use the latest publish settings file issued for the subscription.</source>
        <translation>Il servizio di importazione non conosce il certificato di gestione %1 per la sottoscrizione %2: usa il file di impostazioni di pubblicazione più recente emesso per la sottoscrizione.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; carries no valid offline certificate: create it again from the server that wrote its seed.</source>
        <translation>Il processo &quot;%1&quot; non contiene un certificato offline valido: crealo di nuovo dal server che ha scritto il suo seed.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is not signed by the offline certificate it names: it was changed on the way; create it again.</source>
        <translation>Il processo &quot;%1&quot; non è firmato dal certificato offline che indica: è stato modificato lungo il percorso; crealo di nuovo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job name: use 3 to 64 letters, digits, hyphens and underscores.</source>
        <translation>&quot;%1&quot; non è un nome di processo: usa da 3 a 64 lettere, cifre, trattini e trattini bassi.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; lists %2 drive(s): a job ships 1 to %3 drives; split a larger seed into several jobs.</source>
        <translation>Il processo &quot;%1&quot; elenca %2 dischi: un processo spedisce da 1 a %3 dischi; dividi un seed più grande in più processi.</translation>
    </message>
    <message>
        <source>The import service already has a job named &quot;%1&quot; in subscription %2 (created %3, %4): choose another job name.</source>
        <translation>Il servizio di importazione ha già un processo chiamato &quot;%1&quot; nella sottoscrizione %2 (creato il %3, %4): scegli un altro nome di processo.</translation>
    </message>
    <message>
        <source>The tracking number %1 is already used by another import job of this service: one package and one tracking number per job. Check the number on the package&apos;s label.</source>
        <translation>Il numero di tracciabilità %1 è già usato da un altro processo di importazione di questo servizio: un pacco e un numero di tracciabilità per processo. Controlla il numero sull&apos;etichetta del pacco.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is %2: shipping details are entered once, while the job is Creating.</source>
        <translation>Il processo &quot;%1&quot; è in stato %2: i dettagli di spedizione si inseriscono una sola volta, mentre il processo è in stato Creazione.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; was changed by someone else while the shipping details were committed: run the command again to see it.</source>
        <translation>Il processo &quot;%1&quot; è stato modificato da qualcun altro mentre i dettagli di spedizione venivano confermati: esegui di nuovo il comando per vederlo.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is %2: a job can be cancelled only while Creating or Shipping, before the station receives its drives.</source>
        <translation>Il processo &quot;%1&quot; è in stato %2: un processo può essere annullato solo in stato Creazione o Spedizione, prima che la stazione riceva i dischi.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; changed while it was being cancelled: run the command again.</source>
        <translation>Il processo &quot;%1&quot; è cambiato mentre veniva annullato: esegui di nuovo il comando.</translation>
    </message>
</context>
<context>
    <name>Semina::Papers::DriveLabels</name>
    <message>
        <source>SHIP TO</source>
        <translation>SPEDIRE A</translation>
    </message>
    <message>
        <source>DRIVE %1 OF %2</source>
        <translation>DISCO %1 DI %2</translation>
    </message>
    <message>
        <source>Import job</source>
        <translation>Processo di importazione</translation>
    </message>
    <message>
        <source>Drive id</source>
        <translation>ID del disco</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numero di serie</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numero di tracciabilità</translation>
    </message>
    <message>
        <source>(not entered yet)</source>
        <translation>(non ancora inserito)</translation>
    </message>
    <message>
        <source>Return address: see the packing list.</source>
        <translation>Indirizzo di ritorno: vedi la distinta di imballaggio.</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Mittente: %1</translation>
    </message>
    <message>
        <source>Encrypted data drive: handle with care; keep dry.</source>
        <translation>Disco dati cifrato: maneggiare con cura; tenere all&apos;asciutto.</translation>
    </message>
    <message>
        <source>Drive labels: import job %1</source>
        <translation>Etichette dei dischi: processo di importazione %1</translation>
    </message>
    <message>
        <source>The PDF writer could not start a page.</source>
        <translation>Il generatore di PDF non è riuscito ad aprire una pagina.</translation>
    </message>
    <message>
        <source>The PDF writer could not finish the labels.</source>
        <translation>Il generatore di PDF non è riuscito a completare le etichette.</translation>
    </message>
</context>
<context>
    <name>Semina::Papers::PackingList</name>
    <message>
        <source>Phone: %1</source>
        <translation>Telefono: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Email: %1</translation>
    </message>
    <message>
        <source>Return by %1, account %2</source>
        <translation>Ritorno con %1, conto %2</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Disco</translation>
    </message>
    <message>
        <source>Drive id</source>
        <translation>ID del disco</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numero di serie</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Manifest SHA-256 (start)</source>
        <translation>SHA-256 del manifesto (inizio)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Packing list: import job %1</source>
        <translation>Distinta di imballaggio: processo di importazione %1</translation>
    </message>
    <message>
        <source>The PDF writer could not start a page.</source>
        <translation>Il generatore di PDF non è riuscito ad aprire una pagina.</translation>
    </message>
    <message>
        <source>PACKING LIST</source>
        <translation>DISTINTA DI IMBALLAGGIO</translation>
    </message>
    <message>
        <source>Offline import of a first backup
Place this list inside the package.</source>
        <translation>Importazione offline di un primo backup
Inserire questa distinta nel pacco.</translation>
    </message>
    <message>
        <source>Import job</source>
        <translation>Processo di importazione</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Sottoscrizione</translation>
    </message>
    <message>
        <source>Storage account / container</source>
        <translation>Account di archiviazione / contenitore</translation>
    </message>
    <message>
        <source>Drives in this package</source>
        <translation>Dischi in questo pacco</translation>
    </message>
    <message numerus="yes">
        <source>%n drive(s)</source>
        <translation>
            <numerusform>%n disco</numerusform>
            <numerusform>%n dischi</numerusform>
        </translation>
    </message>
    <message>
        <source>Carriers: %1</source>
        <translation>Corrieri: %1</translation>
    </message>
    <message>
        <source>SHIP TO</source>
        <translation>SPEDIRE A</translation>
    </message>
    <message>
        <source>RETURN ADDRESS</source>
        <translation>INDIRIZZO DI RITORNO</translation>
    </message>
    <message>
        <source>(not entered yet)</source>
        <translation>(non ancora inserito)</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numero di tracciabilità</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Corriere</translation>
    </message>
    <message>
        <source>Ship date</source>
        <translation>Data di spedizione</translation>
    </message>
    <message>
        <source>DRIVES</source>
        <translation>DISCHI</translation>
    </message>
    <message>
        <source>Packed by: ______________________</source>
        <translation>Imballato da: ______________________</translation>
    </message>
    <message>
        <source>Date: ______________</source>
        <translation>Data: ______________</translation>
    </message>
    <message>
        <source>No key or password is printed here or written on the drives: each drive&apos;s key travels wrapped for the receiving station inside the import job. Printed %1.</source>
        <translation>Nessuna chiave o password è stampata qui o scritta sui dischi: la chiave di ogni disco viaggia protetta per la stazione di ricezione all&apos;interno del processo di importazione. Stampato il %1.</translation>
    </message>
    <message>
        <source>The PDF writer could not finish the packing list.</source>
        <translation>Il generatore di PDF non è riuscito a completare la distinta di imballaggio.</translation>
    </message>
    <message>
        <source>Not entered yet: enter them before the package leaves (Semina&apos;s &quot;Shipping details&quot;, or &quot;semina-cli importjob ship&quot;).</source>
        <translation>Non ancora inseriti: inseriscili prima che il pacco parta (&quot;Dettagli di spedizione&quot; di Semina, oppure &quot;semina-cli importjob ship&quot;).</translation>
    </message>
</context>
<context>
    <name>Semina::Papers::RecoveryPasswordSheet</name>
    <message>
        <source>Drive %1 of %2</source>
        <translation>Disco %1 di %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Keep this sheet away from the drives, somewhere only the people who may open them can reach. A drive&apos;s recovery password opens it without this computer&apos;s keychain; anyone holding both the drive and its password can read the backup on it.</source>
        <translation>Conserva questo foglio lontano dai dischi, dove possono arrivare solo le persone autorizzate ad aprirli. La password di ripristino di un disco lo apre senza il portachiavi di questo computer: chi ha sia il disco sia la sua password può leggerne il backup.</translation>
    </message>
    <message>
        <source>RECOVERY PASSWORDS</source>
        <translation>PASSWORD DI RIPRISTINO</translation>
    </message>
    <message>
        <source>Import job %1, printed %2</source>
        <translation>Processo di importazione %1, stampato il %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numero di serie</translation>
    </message>
    <message>
        <source>Drive id</source>
        <translation>ID del disco</translation>
    </message>
    <message>
        <source>Recovery passwords of import job %1 (%2)</source>
        <translation>Password di ripristino del processo di importazione %1 (%2)</translation>
    </message>
    <message>
        <source>  Name: %1</source>
        <translation>  Nome: %1</translation>
    </message>
    <message>
        <source>  Drive id: %1</source>
        <translation>  ID del disco: %1</translation>
    </message>
    <message>
        <source>  Serial: %1</source>
        <translation>  Numero di serie: %1</translation>
    </message>
    <message>
        <source>  Recovery password: %1</source>
        <translation>  Password di ripristino: %1</translation>
    </message>
    <message>
        <source>The printer could not start a page: check that it is connected.</source>
        <translation>La stampante non ha potuto iniziare una pagina: controlla che sia collegata.</translation>
    </message>
    <message>
        <source>No key is printed here. Each drive&apos;s key stays in the keychain of the computer that prepared it and travels wrapped for the receiving station inside the import job.</source>
        <translation>Qui non è stampata alcuna chiave. La chiave di ogni disco resta nel portachiavi del computer che lo ha preparato e viaggia cifrata per la stazione di ricezione dentro il processo di importazione.</translation>
    </message>
    <message>
        <source>The printer could not finish the page: check that it is connected.</source>
        <translation>La stampante non ha potuto completare la pagina: controlla che sia collegata.</translation>
    </message>
    <message>
        <source>Recovery passwords: import job %1</source>
        <translation>Password di ripristino: processo di importazione %1</translation>
    </message>
</context>
<context>
    <name>Semina::Papers::ShippingPapers</name>
    <message>
        <source>The printer could not start a page: check that it is connected.</source>
        <translation>La stampante non ha potuto iniziare una pagina: controlla che sia collegata.</translation>
    </message>
    <message>
        <source>The printer could not finish the papers: check that it is connected.</source>
        <translation>La stampante non ha potuto completare i documenti: controlla che sia collegata.</translation>
    </message>
</context>
<context>
    <name>Semina::SecretStore</name>
    <message>
        <source>The keychain entry &quot;%1&quot; is incomplete or was not written by Semina: remove it and store the secret again.</source>
        <translation>La voce &quot;%1&quot; del portachiavi è incompleta o non è stata scritta da Semina: rimuovila e salva di nuovo il segreto.</translation>
    </message>
    <message>
        <source>The keychain returned a different value than was stored: it cannot be trusted.</source>
        <translation>Il portachiavi ha restituito un valore diverso da quello salvato: non è affidabile.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid keychain entry name.</source>
        <translation>&quot;%1&quot; non è un nome valido per una voce del portachiavi.</translation>
    </message>
    <message>
        <source>The keychain holds no secret named &quot;%1&quot;.</source>
        <translation>Il portachiavi non contiene alcun segreto di nome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The keychain refused access to &quot;%1&quot;: unlock the keychain, allow Semina, and try again.</source>
        <translation>Il portachiavi ha negato l&apos;accesso a &quot;%1&quot;: sbloccalo, autorizza Semina e riprova.</translation>
    </message>
    <message>
        <source>No keychain is available: start a Secret Service provider (gnome-keyring or KWallet) in this session, then try again.</source>
        <translation>Nessun portachiavi disponibile: avvia un fornitore di Secret Service (gnome-keyring o KWallet) in questa sessione, poi riprova.</translation>
    </message>
    <message>
        <source>The keychain could not be used: check that a Secret Service provider (gnome-keyring or KWallet) runs in this session and is unlocked, then try again.</source>
        <translation>Impossibile usare il portachiavi: controlla che un fornitore di Secret Service (gnome-keyring o KWallet) sia in esecuzione in questa sessione e sbloccato, poi riprova.</translation>
    </message>
</context>
<context>
    <name>Semina::Store</name>
    <message>
        <source>The storage folder &quot;%1&quot; does not exist: create it, or plug in the drive that holds it.</source>
        <translation>La cartella di archiviazione &quot;%1&quot; non esiste: creala, oppure collega il disco che la contiene.</translation>
    </message>
    <message>
        <source>The object &quot;%1&quot; in container &quot;%2&quot; of %3 is damaged: %4. Restore it from another copy.</source>
        <translation>L&apos;oggetto &quot;%1&quot; nel contenitore &quot;%2&quot; di %3 è danneggiato: %4. Ripristinalo da un&apos;altra copia.</translation>
    </message>
    <message>
        <source>%1 bytes were read where %2 were written</source>
        <translation>sono stati letti %1 byte dove ne erano stati scritti %2</translation>
    </message>
    <message>
        <source>its bytes do not match the MD5 recorded when it was written</source>
        <translation>i suoi byte non corrispondono all&apos;MD5 registrato alla scrittura</translation>
    </message>
</context>
<context>
    <name>Semina::Store::AccountRegistry</name>
    <message>
        <source>Could not create the folder %1: check that its parent is writable.</source>
        <translation>Impossibile creare la cartella %1: controlla che la cartella che la contiene sia scrivibile.</translation>
    </message>
    <message>
        <source>There is no storage account named &quot;%1&quot;: add it with semina-cli account add, or list the known ones with semina-cli account list.</source>
        <translation>Non esiste un account di archiviazione di nome &quot;%1&quot;: aggiungilo con semina-cli account add, oppure elenca quelli noti con semina-cli account list.</translation>
    </message>
    <message>
        <source>Storage account &quot;%1&quot;</source>
        <translation>Account di archiviazione &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid account name: use 1 to 40 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>&quot;%1&quot; non è un nome di account valido: usa da 1 a 40 lettere, cifre, &apos;-&apos;, &apos;_&apos; o &apos;.&apos;.</translation>
    </message>
    <message>
        <source>The container &quot;%1&quot; does not exist in %2: create it, or give the right one with --container when adding the account.</source>
        <translation>Il contenitore &quot;%1&quot; non esiste in %2: crealo, oppure indica quello giusto con --container quando aggiungi l&apos;account.</translation>
    </message>
    <message>
        <source>%1 returned different bytes than were written to container &quot;%2&quot;: something between Semina and the storage damages data.</source>
        <translation>%1 ha restituito byte diversi da quelli scritti nel contenitore &quot;%2&quot;: qualcosa tra Semina e l&apos;archiviazione danneggia i dati.</translation>
    </message>
    <message>
        <source>%1, container &quot;%2&quot;: a 64 KiB test object was written, read back identical and removed in %3 ms.</source>
        <translation>%1, contenitore &quot;%2&quot;: un oggetto di prova da 64 KiB è stato scritto, riletto identico e rimosso in %3 ms.</translation>
    </message>
    <message>
        <source>%1 lets Semina read container &quot;%2&quot; but not write to it: enough to restore, not to back up. To back up, give a SAS with the read, add, create, write, delete and list permissions (or the account key), or a writable folder.</source>
        <translation>%1 permette a Semina di leggere il contenitore &quot;%2&quot; ma non di scriverci: basta per ripristinare, non per eseguire backup. Per i backup, fornisci una SAS con le autorizzazioni di lettura, aggiunta, creazione, scrittura, eliminazione ed elenco (o la chiave dell&apos;account), oppure una cartella scrivibile.</translation>
    </message>
    <message>
        <source>The account key or SAS of the storage account &quot;%1&quot; is not in this computer&apos;s keychain (a new computer, or a keychain that was reset): give the connection string again with semina-cli account add %1 --connection-string-stdin.</source>
        <translation>La chiave dell&apos;account o la SAS dell&apos;account di archiviazione &quot;%1&quot; non è nel portachiavi di questo computer (un computer nuovo, o un portachiavi azzerato): fornisci di nuovo la stringa di connessione con semina-cli account add %1 --connection-string-stdin.</translation>
    </message>
    <message>
        <source>%1 did not list the test object just written to container &quot;%2&quot;: the storage does not behave as Azure Blob Storage does.</source>
        <translation>%1 non ha elencato l&apos;oggetto di prova appena scritto nel contenitore &quot;%2&quot;: l&apos;archiviazione non si comporta come Azure Blob Storage.</translation>
    </message>
    <message>
        <source>%1 lets Semina write to container &quot;%2&quot; but not list it: give a SAS with the read, add, create, write, delete and list permissions (or the account key).</source>
        <translation>%1 permette a Semina di scrivere nel contenitore &quot;%2&quot; ma non di elencarne il contenuto: fornisci una SAS con le autorizzazioni di lettura, aggiunta, creazione, scrittura, eliminazione ed elenco (o la chiave dell&apos;account).</translation>
    </message>
    <message>
        <source>%1 lets Semina write to container &quot;%2&quot; but not delete from it: give a SAS with the read, add, create, write, delete and list permissions (or the account key).</source>
        <translation>%1 permette a Semina di scrivere nel contenitore &quot;%2&quot; ma non di eliminarvi oggetti: fornisci una SAS con le autorizzazioni di lettura, aggiunta, creazione, scrittura, eliminazione ed elenco (o la chiave dell&apos;account).</translation>
    </message>
</context>
<context>
    <name>Semina::Store::Local</name>
    <message>
        <source>The object name &quot;%1&quot; cannot be kept in a folder: its part &quot;%2&quot; needs %3 bytes on disk, more than the %4 a file name may have. Use shorter parts between the slashes.</source>
        <translation>Il nome oggetto &quot;%1&quot; non può essere conservato in una cartella: la sua parte &quot;%2&quot; richiede %3 byte su disco, più dei %4 ammessi per un nome di file. Usa parti più brevi tra le barre.</translation>
    </message>
    <message>
        <source>Could not lock the container folder &quot;%1&quot;: %2. Check that the folder is writable.</source>
        <translation>Impossibile bloccare la cartella del contenitore &quot;%1&quot;: %2. Controlla che la cartella sia scrivibile.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in container &quot;%2&quot;</source>
        <translation>&quot;%1&quot; nel contenitore &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The container &quot;%1&quot; does not exist in the folder account %2: create it first (semina-cli creates the containers it needs when a vault or job is set up).</source>
        <translation>Il contenitore &quot;%1&quot; non esiste nell&apos;account cartella %2: crealo prima (semina-cli crea i contenitori che servono quando si prepara un insieme di credenziali o un processo).</translation>
    </message>
    <message>
        <source>The object %1 does not exist.</source>
        <translation>L&apos;oggetto %1 non esiste.</translation>
    </message>
    <message>
        <source>Could not read the object %1: %2.</source>
        <translation>Impossibile leggere l&apos;oggetto %1: %2.</translation>
    </message>
    <message>
        <source>The object %1 is damaged: its file does not start with a Semina object header. Restore it from another copy or remove it.</source>
        <translation>L&apos;oggetto %1 è danneggiato: il suo file non inizia con un&apos;intestazione di oggetto Semina. Ripristinalo da un&apos;altra copia o rimuovilo.</translation>
    </message>
    <message>
        <source>The object %1 is damaged: it should hold %2 bytes but its file holds %3. Restore it from another copy or remove it.</source>
        <translation>L&apos;oggetto %1 è danneggiato: dovrebbe contenere %2 byte ma il suo file ne contiene %3. Ripristinalo da un&apos;altra copia o rimuovilo.</translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation>cartella %1</translation>
    </message>
    <message>
        <source>The storage folder %1 does not exist: plug in its drive, or create the folder and try again.</source>
        <translation>La cartella di archiviazione %1 non esiste: collega il suo disco, oppure crea la cartella e riprova.</translation>
    </message>
    <message>
        <source>Could not create the container folder %1: check that %2 is writable.</source>
        <translation>Impossibile creare la cartella del contenitore %1: controlla che %2 sia scrivibile.</translation>
    </message>
    <message>
        <source>Could not delete the container folder %1: check that it is writable.</source>
        <translation>Impossibile eliminare la cartella del contenitore %1: controlla che sia scrivibile.</translation>
    </message>
    <message>
        <source>The object %1 already exists: someone else wrote it first.</source>
        <translation>L&apos;oggetto %1 esiste già: qualcun altro lo ha scritto prima.</translation>
    </message>
    <message>
        <source>The object %1 was changed or removed by someone else since it was read: read it again and retry.</source>
        <translation>L&apos;oggetto %1 è stato modificato o rimosso da qualcun altro dopo la lettura: rileggilo e riprova.</translation>
    </message>
    <message>
        <source>The size of the object %1 is negative.</source>
        <translation>La dimensione dell&apos;oggetto %1 è negativa.</translation>
    </message>
    <message>
        <source>Could not read the data for the object %1: the source ended after %2 of %3 bytes (%4).</source>
        <translation>Impossibile leggere i dati per l&apos;oggetto %1: l&apos;origine è terminata dopo %2 di %3 byte (%4).</translation>
    </message>
    <message>
        <source>The range %1+%2 is outside the object %3, which has %4 bytes.</source>
        <translation>L&apos;intervallo %1+%2 è fuori dall&apos;oggetto %3, che ha %4 byte.</translation>
    </message>
    <message>
        <source>The object %1 is damaged: it ended early.</source>
        <translation>L&apos;oggetto %1 è danneggiato: termina prima del previsto.</translation>
    </message>
    <message>
        <source>The object %1 is damaged: its bytes do not match the MD5 recorded when it was written. Restore it from another copy.</source>
        <translation>L&apos;oggetto %1 è danneggiato: i suoi byte non corrispondono all&apos;MD5 registrato alla scrittura. Ripristinalo da un&apos;altra copia.</translation>
    </message>
    <message>
        <source>Could not write the object %1 to its destination: %2.</source>
        <translation>Impossibile scrivere l&apos;oggetto %1 nella destinazione: %2.</translation>
    </message>
    <message>
        <source>A listing page must hold at least one object.</source>
        <translation>Una pagina di elenco deve contenere almeno un oggetto.</translation>
    </message>
    <message>
        <source>Could not remove the object %1: check that %2 is writable.</source>
        <translation>Impossibile rimuovere l&apos;oggetto %1: controlla che %2 sia scrivibile.</translation>
    </message>
    <message>
        <source>The object %1 is damaged, so it was not copied: its bytes do not match its MD5.</source>
        <translation>L&apos;oggetto %1 è danneggiato, quindi non è stato copiato: i suoi byte non corrispondono al suo MD5.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the object %2: %3. Free some space on that disk and try again.</source>
        <translation>Impossibile creare la cartella %1 per l&apos;oggetto %2: %3. Libera spazio su quel disco e riprova.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the object %2: %3. Check that %4 is writable.</source>
        <translation>Impossibile creare la cartella %1 per l&apos;oggetto %2: %3. Controlla che %4 sia scrivibile.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a temporary file of container &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; non è un file temporaneo del contenitore &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The temporary file %1 of an unfinished write cannot be removed: %2.</source>
        <translation>Il file temporaneo %1 di una scrittura non completata non può essere rimosso: %2.</translation>
    </message>
</context>
<context>
    <name>Semina::Store::ObjectNames</name>
    <message numerus="yes">
        <source>it has %n character(s).</source>
        <translation>
            <numerusform>ha %n carattere.</numerusform>
            <numerusform>ha %n caratteri.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid container name: %2 Container names have 3 to 63 characters: lower-case letters, digits and single hyphens, starting with a letter or digit.</source>
        <translation>&quot;%1&quot; non è un nome di contenitore valido: %2 I nomi dei contenitori hanno da 3 a 63 caratteri: lettere minuscole, cifre e trattini singoli, e iniziano con una lettera o una cifra.</translation>
    </message>
    <message>
        <source>it contains &quot;%1&quot;.</source>
        <translation>contiene &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>it starts or ends with a hyphen.</source>
        <translation>inizia o finisce con un trattino.</translation>
    </message>
    <message>
        <source>it has two hyphens in a row.</source>
        <translation>ha due trattini di seguito.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid object name: %2</source>
        <translation>&quot;%1&quot; non è un nome di oggetto valido: %2</translation>
    </message>
    <message>
        <source>An object name is empty: every object needs a name.</source>
        <translation>Un nome di oggetto è vuoto: ogni oggetto ha bisogno di un nome.</translation>
    </message>
    <message>
        <source>it is %1 bytes long; names may have at most %2 bytes of UTF-8.</source>
        <translation>è lungo %1 byte; i nomi possono avere al massimo %2 byte in UTF-8.</translation>
    </message>
    <message>
        <source>it contains a NUL character.</source>
        <translation>contiene un carattere NUL.</translation>
    </message>
    <message>
        <source>it contains a control character.</source>
        <translation>contiene un carattere di controllo.</translation>
    </message>
    <message>
        <source>it contains a backslash; use &quot;/&quot; to separate folders.</source>
        <translation>contiene una barra rovesciata; usa &quot;/&quot; per separare le cartelle.</translation>
    </message>
    <message>
        <source>it starts with &quot;/&quot;; names are relative to their container.</source>
        <translation>inizia con &quot;/&quot;; i nomi sono relativi al loro contenitore.</translation>
    </message>
    <message>
        <source>it ends with &quot;/&quot;.</source>
        <translation>finisce con &quot;/&quot;.</translation>
    </message>
    <message>
        <source>it contains &quot;//&quot;.</source>
        <translation>contiene &quot;//&quot;.</translation>
    </message>
    <message>
        <source>it contains &quot;%1&quot; as a folder; names cannot leave their container.</source>
        <translation>contiene &quot;%1&quot; come cartella; i nomi non possono uscire dal loro contenitore.</translation>
    </message>
    <message>
        <source>it is not valid Unicode.</source>
        <translation>non è Unicode valido.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::BackUpPage</name>
    <message>
        <source>Back up now</source>
        <translation>Esegui il backup ora</translation>
    </message>
    <message>
        <source>The first backup is written, compressed and encrypted, into the staging location.</source>
        <translation>Il primo backup viene scritto, compresso e cifrato, nel percorso di gestione temporanea.</translation>
    </message>
    <message>
        <source>Writing the import job %1 into %2. Stop ends it cleanly; &quot;Try again&quot; continues where it stopped.</source>
        <translation>Scrittura del processo di importazione %1 in %2. Interrompi lo ferma in modo pulito; &quot;Riprova&quot; continua da dove si è fermato.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Successivo &gt;</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::CertificatePage</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Sf&amp;oglia...</translation>
    </message>
    <message>
        <source>E&amp;xport .cer</source>
        <translation>&amp;Esporta .cer</translation>
    </message>
    <message>
        <source>Offline certificate</source>
        <translation>Certificato offline</translation>
    </message>
    <message>
        <source>This server signs what it seeds with its own certificate; its private key stays in the keychain.</source>
        <translation>Questo server firma ciò che invia con il proprio certificato; la sua chiave privata resta nel portachiavi.</translation>
    </message>
    <message>
        <source>Copy the thumbprint</source>
        <translation>Copia l&apos;identificazione personale</translation>
    </message>
    <message>
        <source>Where to export the certificate</source>
        <translation>Dove esportare il certificato</translation>
    </message>
    <message>
        <source>Browse for where to export the certificate</source>
        <translation>Sfoglia per scegliere dove esportare il certificato</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Soggetto:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validità:</translation>
    </message>
    <message>
        <source>Thumbprint:</source>
        <translation>Identificazione personale:</translation>
    </message>
    <message>
        <source>Export &amp;to:</source>
        <translation>Esporta &amp;in:</translation>
    </message>
    <message>
        <source>Creating the certificate, or reading the one this server already has.</source>
        <translation>Creazione del certificato, o lettura di quello che questo server ha già.</translation>
    </message>
    <message>
        <source>Preparing the offline certificate</source>
        <translation>Preparazione del certificato offline</translation>
    </message>
    <message>
        <source>Creating the key pair and the certificate</source>
        <translation>Creazione della coppia di chiavi e del certificato</translation>
    </message>
    <message>
        <source>Created the offline certificate of this server and wrote %1.</source>
        <translation>Creato il certificato offline di questo server e scritto %1.</translation>
    </message>
    <message>
        <source>This server already has its offline certificate (in %1); it was not replaced.</source>
        <translation>Questo server ha già il suo certificato offline (in %1); non è stato sostituito.</translation>
    </message>
    <message>
        <source>It was made for the subscription %1, not for %2: go Back and choose the subscription %1.</source>
        <translation>È stato creato per la sottoscrizione %1, non per %2: torna indietro e scegli la sottoscrizione %1.</translation>
    </message>
    <message>
        <source>Next: register the storage account. To upload the certificate by hand instead, export the .cer and keep its thumbprint.</source>
        <translation>Prossimo passo: registra l&apos;account di archiviazione. Per caricare invece il certificato a mano, esporta il .cer e conserva la sua identificazione personale.</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>Export the certificate</source>
        <translation>Esporta il certificato</translation>
    </message>
    <message>
        <source>Certificates (*.cer)</source>
        <translation>Certificati (*.cer)</translation>
    </message>
    <message>
        <source>Wrote %1 without the private key (thumbprint %2). For the manual path, upload it and keep the thumbprint.</source>
        <translation>Scritto %1 senza la chiave privata (identificazione personale %2). Per la procedura manuale, caricalo e conserva l&apos;identificazione personale.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::DonePage</name>
    <message>
        <source>The seed is written</source>
        <translation>Il seed è scritto</translation>
    </message>
    <message>
        <source>The first backup waits in the staging location for the drives.</source>
        <translation>Il primo backup attende i dischi nel percorso di gestione temporanea.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) were written as %2 into %3; the signed manifest is %4.</source>
        <translation>
            <numerusform>%1 di %n file sono stati scritti come %2 in %3; il manifesto firmato è %4.</numerusform>
            <numerusform>%1 di %n file sono stati scritti come %2 in %3; il manifesto firmato è %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import job %1: %2.</source>
        <translation>Processo di importazione %1: %2.</translation>
    </message>
    <message>
        <source>Recovery key of the new vault, shown only this once: write it down and keep it apart from the drives.
%1</source>
        <translation>Chiave di ripristino del nuovo insieme di credenziali, mostrata solo questa volta: annotala e conservala separata dai dischi.
%1</translation>
    </message>
    <message>
        <source>Next, the technician: at the copy computer, open &quot;Prepare drives&quot; with the staging location %1 and the import job %2, then enter the shipping details.</source>
        <translation>Poi il tecnico: nel computer di copia, apre &quot;Prepara i dischi&quot; con il percorso di gestione temporanea %1 e il processo di importazione %2, poi inserisce i dettagli di spedizione.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::DriveChooser</name>
    <message>
        <source>Drives plugged in</source>
        <translation>Dischi collegati</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Disco</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numero di serie</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Collegamento</translation>
    </message>
    <message>
        <source>Mounted at</source>
        <translation>Montato in</translation>
    </message>
    <message>
        <source>&amp;Drives plugged in:</source>
        <translation>&amp;Dischi collegati:</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>List the drives again</source>
        <translation>Elenca di nuovo i dischi</translation>
    </message>
    <message>
        <source>Use a folder as the drive</source>
        <translation>Usa una cartella come disco</translation>
    </message>
    <message>
        <source>A drive mounted by the system, or any folder</source>
        <translation>Un disco montato dal sistema, o una cartella qualsiasi</translation>
    </message>
    <message>
        <source>Or use a f&amp;older:</source>
        <translation>Oppure usa una &amp;cartella:</translation>
    </message>
    <message>
        <source>Bro&amp;wse...</source>
        <translation>Sf&amp;oglia...</translation>
    </message>
    <message>
        <source>Browse for a folder to use as the drive</source>
        <translation>Sfoglia per scegliere una cartella da usare come disco</translation>
    </message>
    <message>
        <source>The drive&apos;s name, typed to confirm erasing it</source>
        <translation>Il nome del disco, digitato per confermarne la cancellazione</translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation>Controllo di %1...</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 non può essere usato: %2</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1: %2, %3.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avviso: %1</translation>
    </message>
    <message>
        <source>Preparing %1 erases everything on it. Type &amp;its name, %1, to confirm:</source>
        <translation>Preparare %1 cancella tutto il suo contenuto. Digita il suo &amp;nome, %1, per confermare:</translation>
    </message>
    <message>
        <source>Folder to use as the drive</source>
        <translation>Cartella da usare come disco</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::DrivesPage</name>
    <message>
        <source>Drives</source>
        <translation>Dischi</translation>
    </message>
    <message>
        <source>Connect a drive and choose it. Each drive is encrypted with its own key.</source>
        <translation>Collega un disco e sceglilo. Ogni disco è cifrato con una chiave propria.</translation>
    </message>
    <message>
        <source>Drive %1 was not finished: connect it again and choose it to continue on it.</source>
        <translation>Il disco %1 non è stato finito: collegalo di nuovo e sceglilo per continuare su di esso.</translation>
    </message>
    <message>
        <source>Choose drive %1 of the import job &quot;%2&quot;.</source>
        <translation>Scegli il disco %1 del processo di importazione &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::ErrorDialog</name>
    <message>
        <source>Semina</source>
        <translation>Semina</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::EstimatePage</name>
    <message>
        <source>Estimate</source>
        <translation>Stima</translation>
    </message>
    <message>
        <source>What the seed will take, before anything is written.</source>
        <translation>Quanto occuperà il seed, prima di scrivere qualsiasi cosa.</translation>
    </message>
    <message>
        <source>Shipping drive size</source>
        <translation>Dimensione dei dischi da spedire</translation>
    </message>
    <message>
        <source>Protected size:</source>
        <translation>Dimensione protetta:</translation>
    </message>
    <message>
        <source>Expected seed:</source>
        <translation>Seed previsto:</translation>
    </message>
    <message>
        <source>Staging location:</source>
        <translation>Percorso di gestione temporanea:</translation>
    </message>
    <message>
        <source>&amp;Drive size:</source>
        <translation>&amp;Dimensione dei dischi:</translation>
    </message>
    <message>
        <source>Drives needed:</source>
        <translation>Dischi necessari:</translation>
    </message>
    <message>
        <source>Reading a sample of the sources to judge how well they compress.</source>
        <translation>Lettura di un campione delle origini per valutare quanto si comprimono.</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 in %n file</numerusform>
            <numerusform>%1 in %n file</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 (a sample of %2 compresses to %3%)</source>
        <translation>circa %1 (un campione di %2 si comprime al %3%)</translation>
    </message>
    <message>
        <source>Free some space there or go Back and choose another staging location.</source>
        <translation>Libera spazio lì, oppure torna indietro e scegli un altro percorso di gestione temporanea.</translation>
    </message>
    <message>
        <source>%1: free space not known from here; it is checked while the seed is written.</source>
        <translation>%1: spazio libero non noto da qui; viene controllato mentre si scrive il seed.</translation>
    </message>
    <message>
        <source>%1 free in %2: enough.</source>
        <translation>%1 liberi in %2: sufficienti.</translation>
    </message>
    <message>
        <source>A drive holds more than nothing: type a size like 4T.</source>
        <translation>Un disco contiene più di niente: scrivi una dimensione come 4T.</translation>
    </message>
    <message numerus="yes">
        <source>%n drive(s) of %1</source>
        <translation>
            <numerusform>%n disco da %1</numerusform>
            <numerusform>%n dischi da %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An import job takes at most %n drive(s): split the sources into several jobs.</source>
        <translation>
            <numerusform>Un processo di importazione accetta al massimo %n disco: dividi le origini in più processi.</numerusform>
            <numerusform>Un processo di importazione accetta al massimo %n dischi: dividi le origini in più processi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Semina::Ui::FormFields</name>
    <message>
        <source>Choose the staging location</source>
        <translation>Scegli il percorso di gestione temporanea</translation>
    </message>
    <message>
        <source>Choose the publish settings file</source>
        <translation>Scegli il file delle impostazioni di pubblicazione</translation>
    </message>
    <message>
        <source>Publish settings (*.publishsettings);;All files (*)</source>
        <translation>Impostazioni di pubblicazione (*.publishsettings);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::ImportJobDetails</name>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Job state</source>
        <translation>Stato del processo</translation>
    </message>
    <message>
        <source>Shipping details</source>
        <translation>Dettagli di spedizione</translation>
    </message>
    <message>
        <source>Log locations</source>
        <translation>Posizione dei log</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Choose a job in the list to see its details.</source>
        <translation>Scegli un processo nell&apos;elenco per vederne i dettagli.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 on this computer; the import job is created in the service once its drives are prepared.</source>
        <extracomment>%1 is the job, %2 its state</extracomment>
        <translation>&quot;%1&quot; è in stato %2 su questo computer; il processo di importazione viene creato nel servizio quando i suoi dischi sono preparati.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 as this computer last heard.</source>
        <translation>&quot;%1&quot; è in stato %2 secondo le ultime notizie di questo computer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 since %3.</source>
        <extracomment>%1 is the job, %2 its state, %3 a date and time</extracomment>
        <translation>&quot;%1&quot; è in stato %2 dal %3.</translation>
    </message>
    <message>
        <source>No shipping details yet: ship the drives, then enter the carrier and tracking number in &quot;Shipping details&quot;.</source>
        <translation>Ancora nessun dettaglio di spedizione: spedisci i dischi, poi inserisci il corriere e il numero di tracciabilità in &quot;Dettagli di spedizione&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Shipped with %1, tracking number %2, on %3: %n drive(s).</source>
        <extracomment>%1 is the carrier, %2 the tracking number, %3 the ship date</extracomment>
        <translation>
            <numerusform>Spedito con %1, numero di tracciabilità %2, il %3: %n disco.</numerusform>
            <numerusform>Spedito con %1, numero di tracciabilità %2, il %3: %n dischi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drive %1: error log %2; verbose log %3</source>
        <extracomment>%1 is the drive&apos;s number, %2 and %3 where the station put its logs</extracomment>
        <translation>Disco %1: log degli errori %2; log dettagliato %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Logs: the station writes an error log and a verbose log for each drive as it imports it; none yet.</source>
        <translation>Log: la stazione scrive un log degli errori e un log dettagliato per ogni disco mentre lo importa; ancora nessuno.</translation>
    </message>
    <message>
        <source>Logs written by the station:</source>
        <translation>Log scritti dalla stazione:</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::ImportJobPage</name>
    <message>
        <source>P&amp;rint...</source>
        <translation>St&amp;ampa...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Salva come P&amp;DF...</translation>
    </message>
    <message>
        <source>Enter the shipping details no&amp;w</source>
        <translation>Inserisci &amp;ora i dettagli di spedizione</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Più &amp;tardi</translation>
    </message>
    <message>
        <source>Import job</source>
        <translation>Processo di importazione</translation>
    </message>
    <message>
        <source>The import service learns which drives are coming and where their data goes.</source>
        <translation>Il servizio di importazione viene a sapere quali dischi arriveranno e dove vanno i loro dati.</translation>
    </message>
    <message>
        <source>Print the packing list and the drive labels</source>
        <translation>Stampa la distinta di imballaggio e le etichette dei dischi</translation>
    </message>
    <message>
        <source>Save the packing list and the drive labels as PDF</source>
        <translation>Salva la distinta di imballaggio e le etichette dei dischi come PDF</translation>
    </message>
    <message>
        <source>Packing list and drive labels</source>
        <translation>Distinta di imballaggio ed etichette dei dischi</translation>
    </message>
    <message>
        <source>The packing list goes into the package; stick one label on each drive&apos;s case. Neither shows a key or a password.</source>
        <translation>La distinta di imballaggio va nel pacco; attacca un&apos;etichetta sull&apos;involucro di ogni disco. Nessuna delle due riporta chiavi o password.</translation>
    </message>
    <message>
        <source>Shipping details</source>
        <translation>Dettagli di spedizione</translation>
    </message>
    <message>
        <source>Once the package has its tracking number, enter the shipping details: until then the import service waits for them.</source>
        <translation>Quando il pacco ha il suo numero di tracciamento, inserisci i dettagli di spedizione: fino ad allora il servizio di importazione li attende.</translation>
    </message>
    <message>
        <source>Creating the import job: each drive&apos;s key is wrapped for the receiving station and the request is signed by this server. Should this fail, the drives stay prepared: fix the problem and try again; nothing is copied again.</source>
        <translation>Creazione del processo di importazione: la chiave di ogni disco viene cifrata per la stazione di ricezione e la richiesta è firmata da questo server. Se non riesce, i dischi restano preparati: risolvi il problema e riprova; nulla viene copiato di nuovo.</translation>
    </message>
    <message>
        <source>Import job &quot;%1&quot; is %2 in %3.</source>
        <translation>Il processo di importazione &quot;%1&quot; è in stato %2 in %3.</translation>
    </message>
    <message>
        <source>Later: open &quot;Shipping details&quot; in Semina&apos;s main window (or run &quot;semina-cli importjob ship --job %1&quot;).</source>
        <translation>Più tardi: apri &quot;Dettagli di spedizione&quot; nella finestra principale di Semina (oppure esegui &quot;semina-cli importjob ship --job %1&quot;).</translation>
    </message>
    <message>
        <source>Papers of import job %1</source>
        <translation>Documenti del processo di importazione %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer: the packing list, then %n drive label(s).</source>
        <translation>
            <numerusform>Inviati alla stampante: la distinta di imballaggio, poi %n etichetta di disco.</numerusform>
            <numerusform>Inviati alla stampante: la distinta di imballaggio, poi %n etichette di dischi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose where to save the papers</source>
        <translation>Scegli dove salvare i documenti</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Salvati %1.</translation>
    </message>
    <message numerus="yes">
        <source>Once they are entered, the drives must arrive within %n day(s).</source>
        <translation>
            <numerusform>Una volta inseriti, i dischi devono arrivare entro %n giorno.</numerusform>
            <numerusform>Una volta inseriti, i dischi devono arrivare entro %n giorni.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Semina::Ui::ImportStatusModel</name>
    <message>
        <source>%1%</source>
        <extracomment>a percentage: %1 is the number</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 and %2 are sizes (&quot;1.2 TB of 4 TB&quot;)</extracomment>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>Drive %1 of %2 (%3)</source>
        <extracomment>%1 and %2 are numbers, %3 the drive&apos;s serial number or id</extracomment>
        <translation>Disco %1 di %2 (%3)</translation>
    </message>
    <message>
        <source>Drive id: %1</source>
        <translation>Id del disco: %1</translation>
    </message>
    <message>
        <source>Job or drive</source>
        <translation>Processo o disco</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importato</translation>
    </message>
    <message>
        <source>Bytes imported</source>
        <translation>Byte importati</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::ImportStatusPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>&amp;Cancel this job...</source>
        <translation>A&amp;nnulla questo processo...</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Stato dell&apos;importazione</translation>
    </message>
    <message>
        <source>Where each import job and its drives stand in the import service, and the deadlines that apply. The list refreshes every minute.</source>
        <translation>A che punto sono nel servizio di importazione ogni processo e i suoi dischi, e le scadenze che valgono. L&apos;elenco si aggiorna ogni minuto.</translation>
    </message>
    <message>
        <source>Import jobs and their drives</source>
        <translation>Processi di importazione e loro dischi</translation>
    </message>
    <message>
        <source>Refresh the import status</source>
        <translation>Aggiorna lo stato dell&apos;importazione</translation>
    </message>
    <message>
        <source>Cancel the chosen import job</source>
        <translation>Annulla il processo di importazione scelto</translation>
    </message>
    <message>
        <source>Asking the import service...</source>
        <translation>Richiesta al servizio di importazione...</translation>
    </message>
    <message>
        <source>The import status could not be read: %1</source>
        <translation>Non è stato possibile leggere lo stato dell&apos;importazione: %1</translation>
    </message>
    <message>
        <source>No import job yet: the first backup&apos;s seed and Prepare drives create one.</source>
        <translation>Ancora nessun processo di importazione: lo creano il seed del primo backup e Prepara i dischi.</translation>
    </message>
    <message>
        <source>Updated at %1.</source>
        <translation>Aggiornato alle %1.</translation>
    </message>
    <message>
        <source>Cancel the import job</source>
        <translation>Annulla il processo di importazione</translation>
    </message>
    <message>
        <source>Cancel the import job &quot;%1&quot;? The import service stops waiting for its drives, which stay with you. A canceled job cannot be taken up again.</source>
        <translation>Annullare il processo di importazione &quot;%1&quot;? Il servizio di importazione smette di attendere i suoi dischi, che restano a te. Un processo annullato non si può riprendere.</translation>
    </message>
    <message>
        <source>Cancel the &amp;job</source>
        <translation>Annulla il &amp;processo</translation>
    </message>
    <message>
        <source>&amp;Keep the job</source>
        <translation>&amp;Tieni il processo</translation>
    </message>
    <message>
        <source>Canceling the import job &quot;%1&quot;...</source>
        <translation>Annullamento del processo di importazione &quot;%1&quot;...</translation>
    </message>
    <message>
        <source>The import job &quot;%1&quot; is canceled; its drives stay with you.</source>
        <translation>Il processo di importazione &quot;%1&quot; è annullato; i dischi restano a te.</translation>
    </message>
    <message>
        <source>The import job &quot;%1&quot; was not canceled.</source>
        <translation>Il processo di importazione &quot;%1&quot; non è stato annullato.</translation>
    </message>
    <message>
        <source>The import status is being read; cancel again in a moment.</source>
        <translation>Lo stato dell&apos;importazione è in lettura; annulla di nuovo tra un momento.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::InitiateBackupWizard</name>
    <message>
        <source>The seed of the import job %1 is being written. Stop it and close? Nothing is lost: open &quot;Initiate offline backup&quot; again and choose &quot;Continue job %1&quot; to go on where it stopped.</source>
        <translation>Il seed del processo di importazione %1 è in scrittura. Interromperlo e chiudere? Non si perde nulla: apri di nuovo &quot;Avvia il backup offline&quot; e scegli &quot;Continua il processo %1&quot; per riprendere da dove si è fermato.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::JobPage</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>Stopped. Nothing is lost: &quot;Try again&quot; continues where it stopped.</source>
        <translation>Interrotto. Non si è perso nulla: &quot;Riprova&quot; continua da dove si è fermato.</translation>
    </message>
    <message>
        <source>This step did not finish. Fix the problem, then try again.</source>
        <translation>Questo passaggio non è terminato. Risolvi il problema, poi riprova.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fatto.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::JobProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Completato:</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Velocità:</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>In corso:</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>ancora niente</translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation>stima del tempo rimanente</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n secondo rimanente</numerusform>
            <numerusform>%n secondi rimanenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>circa %n minuto rimanente</numerusform>
            <numerusform>circa %n minuti rimanenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>circa %n ora rimanente</numerusform>
            <numerusform>circa %n ore rimanenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n day(s) left</source>
        <translation>
            <numerusform>circa %n giorno rimanente</numerusform>
            <numerusform>circa %n giorni rimanenti</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s)</source>
        <translation>
            <numerusform>%1 di %n elemento</numerusform>
            <numerusform>%1 di %n elementi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s, %2</source>
        <translation>%1/s, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be handled; the job goes on without them:</source>
        <translation>
            <numerusform>%n elemento non è stato elaborato; l&apos;operazione prosegue senza:</numerusform>
            <numerusform>%n elementi non sono stati elaborati; l&apos;operazione prosegue senza:</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Interrompi</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminato</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::LocalSubscriptionPage</name>
    <message>
        <source>Local subscription</source>
        <translation>Sottoscrizione locale</translation>
    </message>
    <message>
        <source>Semina issues a publish settings file for its embedded local service, as the portal would.</source>
        <translation>Semina emette un file di impostazioni di pubblicazione per il suo servizio locale integrato, come farebbe il portale.</translation>
    </message>
    <message>
        <source>Issuing the local subscription</source>
        <translation>Emissione della sottoscrizione locale</translation>
    </message>
    <message>
        <source>This server already has the local subscription &quot;%1&quot; (%2), written to %3.</source>
        <translation>Questo server ha già la sottoscrizione locale &quot;%1&quot; (%2), scritta in %3.</translation>
    </message>
    <message>
        <source>Issued the local subscription &quot;%1&quot; (%2) and wrote it to %3.</source>
        <translation>Emessa la sottoscrizione locale &quot;%1&quot; (%2) e scritta in %3.</translation>
    </message>
    <message>
        <source>Keep this file private: like the portal&apos;s, it holds a key. Next: the offline certificate.</source>
        <translation>Tieni riservato questo file: come quello del portale, contiene una chiave. Prossimo passo: il certificato offline.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::MainWindow</name>
    <message>
        <source>Semina</source>
        <translation>Semina</translation>
    </message>
    <message>
        <source>Seed the first backup on encrypted drives, then keep it current over the network.</source>
        <translation>Invia il primo backup su dischi cifrati, poi mantienilo aggiornato via rete.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>%1 is the step number, %2 the workflow&apos;s name</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Semina</source>
        <translation>&amp;Informazioni su Semina</translation>
    </message>
    <message>
        <source>About Semina</source>
        <translation>Informazioni su Semina</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Semina %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Seeds a large first backup by shipping encrypted drives, then keeps the backup current over the network.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Semina %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Invia il primo grande backup spedendo dischi cifrati, poi mantiene il backup aggiornato via rete.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where %1 stands</source>
        <translation>A che punto è %1</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::OfflineFormPage</name>
    <message>
        <source>Offline backup form</source>
        <translation>Modulo del backup offline</translation>
    </message>
    <message>
        <source>Where the first backup is written, and the import job it travels with.</source>
        <translation>Dove viene scritto il primo backup, e il processo di importazione con cui viaggia.</translation>
    </message>
    <message>
        <source>A local folder, or \\server\share\folder</source>
        <translation>Una cartella locale, oppure \\server\condivisione\cartella</translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation>Sfog&amp;lia...</translation>
    </message>
    <message>
        <source>Browse for the staging location</source>
        <translation>Sfoglia per scegliere il percorso di gestione temporanea</translation>
    </message>
    <message>
        <source>Brows&amp;e...</source>
        <translation>Sf&amp;oglia...</translation>
    </message>
    <message>
        <source>Browse for the publish settings file</source>
        <translation>Sfoglia per scegliere il file delle impostazioni di pubblicazione</translation>
    </message>
    <message>
        <source>&amp;Staging location:</source>
        <translation>Percorso di &amp;gestione temporanea:</translation>
    </message>
    <message>
        <source>&amp;Publish settings file:</source>
        <translation>File delle &amp;impostazioni di pubblicazione:</translation>
    </message>
    <message>
        <source>Import &amp;job name:</source>
        <translation>Nome del p&amp;rocesso di importazione:</translation>
    </message>
    <message>
        <source>S&amp;ubscription ID:</source>
        <translation>ID s&amp;ottoscrizione:</translation>
    </message>
    <message>
        <source>Storage &amp;account:</source>
        <translation>&amp;Account di archiviazione:</translation>
    </message>
    <message>
        <source>Storage c&amp;ontainer:</source>
        <translation>&amp;Contenitore di archiviazione:</translation>
    </message>
    <message>
        <source>Keep a note of the staging location and the import job name: the drives are prepared from them, on this computer or on the copy computer.</source>
        <translation>Prendi nota del percorso di gestione temporanea e del nome del processo di importazione: i dischi vengono preparati a partire da questi, su questo computer o sul computer di copia.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Subscription(s) in this file: %1</source>
        <translation>
            <numerusform>Sottoscrizione in questo file: %1</numerusform>
            <numerusform>Sottoscrizioni in questo file: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue job %1</source>
        <translation>Continua il processo %1</translation>
    </message>
    <message>
        <source>Its seed in %1 is unfinished: continue it where it stopped.</source>
        <translation>Il suo seed in %1 non è finito: continualo da dove si è fermato.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::PackagePage</name>
    <message>
        <source>The package</source>
        <translation>Il pacco</translation>
    </message>
    <message>
        <source>Every drive of the job goes into one package with one tracking number. Enter what the carrier&apos;s label says.</source>
        <translation>Tutti i dischi del processo vanno in un solo pacco con un solo numero di tracciabilità. Inserisci quanto riportato sull&apos;etichetta del corriere.</translation>
    </message>
    <message>
        <source>Choose or type the carrier</source>
        <translation>Scegli o scrivi il corriere</translation>
    </message>
    <message>
        <source>As printed on the label, for example 1Z999AA10123456784</source>
        <translation>Come stampato sull&apos;etichetta, per esempio 1Z999AA10123456784</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>&amp;Corriere:</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>Numero di &amp;tracciabilità:</translation>
    </message>
    <message>
        <source>Ship &amp;date:</source>
        <translation>&amp;Data di spedizione:</translation>
    </message>
    <message numerus="yes">
        <source>Import job &quot;%1&quot;: the package holds its %n drive(s).</source>
        <translation>
            <numerusform>Processo di importazione &quot;%1&quot;: il pacco contiene %n disco.</numerusform>
            <numerusform>Processo di importazione &quot;%1&quot;: il pacco contiene tutti i suoi %n dischi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ship to:</source>
        <translation>Spedisci a:</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::PlanPage</name>
    <message>
        <source>&amp;Write no more than this on each drive, even on larger drives</source>
        <translation>&amp;Non scrivere più di così su ogni disco, anche sui dischi più grandi</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>How many drives the seed needs, and what goes on each.</source>
        <translation>Quanti dischi servono al seed e cosa va su ciascuno.</translation>
    </message>
    <message>
        <source>Size of each drive</source>
        <translation>Dimensione di ogni disco</translation>
    </message>
    <message>
        <source>For example 4T or 500G</source>
        <translation>Per esempio 4T o 500G</translation>
    </message>
    <message>
        <source>Drive &amp;size:</source>
        <translation>Dimensione dei &amp;dischi:</translation>
    </message>
    <message>
        <source>The drives of the plan</source>
        <translation>I dischi del piano</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Disco</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Oggetti</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Type the size of the drives you will use, or choose one of the drives at hand.</source>
        <translation>Digita la dimensione dei dischi che userai, oppure scegli uno dei dischi a disposizione.</translation>
    </message>
    <message>
        <source>A drive holds more than nothing: type its size, for example 4T.</source>
        <translation>Un disco contiene più di niente: digita la sua dimensione, per esempio 4T.</translation>
    </message>
    <message numerus="yes">
        <source>The seed of &quot;%1&quot; (%2 objects, %3) needs %n drive(s) of %4.</source>
        <translation>
            <numerusform>Il seed di &quot;%1&quot; (%2 oggetti, %3) richiede %n disco da %4.</numerusform>
            <numerusform>Il seed di &quot;%1&quot; (%2 oggetti, %3) richiede %n dischi da %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Objects of the seed</source>
        <translation>Oggetti del seed</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>da %1 a %2</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::PlannedPage</name>
    <message>
        <source>This workflow is not available in this version yet. When it is, these pages will guide you through it:</source>
        <translation>Questa procedura non è ancora disponibile in questa versione. Quando lo sarà, queste pagine ti guideranno:</translation>
    </message>
    <message>
        <source>Choose the subscription from a publish settings file, or create a local one.</source>
        <translation>Scegli la sottoscrizione da un file di impostazioni di pubblicazione, oppure creane una locale.</translation>
    </message>
    <message>
        <source>Create the offline certificate, or review the existing one and its thumbprint.</source>
        <translation>Crea il certificato offline, oppure controlla quello esistente e la sua identificazione personale.</translation>
    </message>
    <message>
        <source>Register the storage account and see where its parameters were written.</source>
        <translation>Registra l&apos;account di archiviazione e vedi dove sono stati scritti i suoi parametri.</translation>
    </message>
    <message>
        <source>Choose the folders and files to protect.</source>
        <translation>Scegli le cartelle e i file da proteggere.</translation>
    </message>
    <message>
        <source>Fill in the offline backup form: staging location, publish settings, import job name, subscription, storage account and container.</source>
        <translation>Compila il modulo del backup offline: percorso di gestione temporanea, impostazioni di pubblicazione, nome del processo di importazione, sottoscrizione, account di archiviazione e contenitore.</translation>
    </message>
    <message>
        <source>Check the estimate: seed size, free space and drives needed.</source>
        <translation>Controlla la stima: dimensione del seed, spazio libero e dischi necessari.</translation>
    </message>
    <message>
        <source>Back up now, with progress, time left and the option to cancel and resume.</source>
        <translation>Esegui subito il backup, con avanzamento, tempo rimanente e la possibilità di annullare e riprendere.</translation>
    </message>
    <message>
        <source>Pick the import job found in the staging location.</source>
        <translation>Scegli il processo di importazione trovato nel percorso di gestione temporanea.</translation>
    </message>
    <message>
        <source>Choose a drive and confirm formatting.</source>
        <translation>Scegli un disco e conferma la formattazione.</translation>
    </message>
    <message>
        <source>Encrypt, copy and verify, asking for another drive when one is full.</source>
        <translation>Cifra, copia e verifica, chiedendo un altro disco quando uno è pieno.</translation>
    </message>
    <message>
        <source>Create the import job and show the address to ship the drives to.</source>
        <translation>Crea il processo di importazione e mostra l&apos;indirizzo a cui spedire i dischi.</translation>
    </message>
    <message>
        <source>Enter the carrier, tracking number, return address and contact.</source>
        <translation>Inserisci il corriere, il numero di spedizione, l&apos;indirizzo di restituzione e il contatto.</translation>
    </message>
    <message>
        <source>Review the details and commit them to the import job.</source>
        <translation>Controlla i dettagli e registrali nel processo di importazione.</translation>
    </message>
    <message>
        <source>See the state of the import job and of each drive.</source>
        <translation>Vedi lo stato del processo di importazione e di ogni disco.</translation>
    </message>
    <message>
        <source>Count down the deadlines: arrival within two weeks, processing in 7 to 10 days.</source>
        <translation>Tieni il conto delle scadenze: arrivo entro due settimane, elaborazione in 7-10 giorni.</translation>
    </message>
    <message>
        <source>Move the imported data into the vault.</source>
        <translation>Sposta i dati importati nell&apos;insieme di credenziali.</translation>
    </message>
    <message>
        <source>Continue with incremental backups over the network.</source>
        <translation>Prosegui con backup incrementali via rete.</translation>
    </message>
    <message>
        <source>Restore files and folders from any backup.</source>
        <translation>Ripristina file e cartelle da qualsiasi backup.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::PrepareDrivesWizard</name>
    <message>
        <source>A drive of the import job %1 is being written. Stop and close? Nothing is lost: open &quot;Prepare drives&quot; on the same staging location again to go on where it stopped.</source>
        <translation>È in corso la scrittura di un disco del processo di importazione %1. Interrompere e chiudere? Non si perde nulla: apri di nuovo &quot;Prepara i dischi&quot; sullo stesso percorso di gestione temporanea per continuare da dove si è fermato.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::PreparingPage</name>
    <message>
        <source>&amp;Continue on this drive</source>
        <translation>&amp;Continua su questo disco</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>Contin&amp;ua</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparazione</translation>
    </message>
    <message>
        <source>Each drive is encrypted, filled with the seed and read back to check every object.</source>
        <translation>Ogni disco viene cifrato, riempito con il seed e riletto per controllare ogni oggetto.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Successivo &gt;</translation>
    </message>
    <message>
        <source>Drives finished</source>
        <translation>Dischi finiti</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Disco</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Drive id</source>
        <translation>ID del disco</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Oggetti</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Continue preparing the drive</source>
        <translation>Continua a preparare il disco</translation>
    </message>
    <message>
        <source>Copying the seed of &quot;%1&quot; onto %2. Stop ends the copy cleanly: everything done so far is kept in the journal, and Continue goes on from there.</source>
        <translation>Copia del seed di &quot;%1&quot; su %2. Interrompi termina la copia in modo pulito: tutto il lavoro fatto finora resta nel registro, e Continua riprende da lì.</translation>
    </message>
    <message>
        <source>Drive %1 of the job is needed.</source>
        <translation>Serve il disco %1 del processo.</translation>
    </message>
    <message numerus="yes">
        <source>The seed of &quot;%1&quot; is on %n drive(s), every object read back and checked.</source>
        <translation>
            <numerusform>Il seed di &quot;%1&quot; è su %n disco, ogni oggetto riletto e controllato.</numerusform>
            <numerusform>Il seed di &quot;%1&quot; è su %n dischi, ogni oggetto riletto e controllato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Nothing is lost: Continue goes on where it stopped, now or later from &quot;Prepare drives&quot; on the same staging location.</source>
        <translation>Interrotto. Non si è perso nulla: Continua riprende da dove si è fermato, ora o più tardi da &quot;Prepara i dischi&quot; sullo stesso percorso di gestione temporanea.</translation>
    </message>
    <message>
        <source>The copy did not finish. Fix the problem, then continue: the journal keeps everything done so far.</source>
        <translation>La copia non è terminata. Risolvi il problema, poi continua: il registro conserva tutto il lavoro fatto finora.</translation>
    </message>
    <message>
        <source>Drive %1 is full and finished: disconnect it.</source>
        <translation>Il disco %1 è pieno e finito: scollegalo.</translation>
    </message>
    <message>
        <source>Drive %1 was not finished: connect it again and choose it to continue on it.</source>
        <translation>Il disco %1 non è stato finito: collegalo di nuovo e sceglilo per continuare su di esso.</translation>
    </message>
    <message numerus="yes">
        <source>Insert the next drive (drive %1 of the job) and choose it: %n object(s) (%2) still to copy.</source>
        <translation>
            <numerusform>Inserisci il disco successivo (disco %1 del processo) e sceglilo: resta da copiare %n oggetto (%2).</numerusform>
            <numerusform>Inserisci il disco successivo (disco %1 del processo) e sceglilo: restano da copiare %n oggetti (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy of &quot;%1&quot; waits for the next drive; everything done so far is kept in the journal.</source>
        <translation>La copia di &quot;%1&quot; attende il disco successivo; tutto il lavoro fatto finora resta nel registro.</translation>
    </message>
    <message>
        <source>Progress of this drive</source>
        <translation>Avanzamento di questo disco</translation>
    </message>
    <message>
        <source>Drive %1 (%2): %3 written, %4 to go</source>
        <translation>Disco %1 (%2): %3 scritti, %4 mancanti</translation>
    </message>
    <message>
        <source>Every drive of &quot;%1&quot; is prepared already: the journal and the record for the import job are checked.</source>
        <translation>Tutti i dischi di &quot;%1&quot; sono già preparati: si controllano il registro e i dati per il processo di importazione.</translation>
    </message>
    <message>
        <source>The drive chosen was not used: it holds files Semina did not write, or another job&apos;s drive, and erasing them was not confirmed. Choose it again to confirm the erase, or choose another drive.</source>
        <translation>Il disco scelto non è stato usato: contiene file che Semina non ha scritto, oppure il disco di un altro processo, e la loro cancellazione non è stata confermata. Sceglilo di nuovo per confermare la cancellazione, oppure scegli un altro disco.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::RecoveryPasswordsPage</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>&amp;Save to file...</source>
        <translation>Sal&amp;va su file...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>S&amp;tampa...</translation>
    </message>
    <message>
        <source>I have stored them &amp;away from the drives</source>
        <translation>Le ho conservate &amp;lontano dai dischi</translation>
    </message>
    <message>
        <source>Recovery passwords</source>
        <translation>Password di ripristino</translation>
    </message>
    <message>
        <source>Each drive has its own recovery password. It opens the drive without this computer: write it down, print it or save it now, and keep it apart from the drives.</source>
        <translation>Ogni disco ha la sua password di ripristino, che lo apre senza questo computer: annotala, stampala o salvala ora, e conservala separata dai dischi.</translation>
    </message>
    <message>
        <source>Copy the recovery passwords</source>
        <translation>Copia le password di ripristino</translation>
    </message>
    <message>
        <source>Save the recovery passwords to a file</source>
        <translation>Salva le password di ripristino in un file</translation>
    </message>
    <message>
        <source>Print the recovery passwords</source>
        <translation>Stampa le password di ripristino</translation>
    </message>
    <message numerus="yes">
        <source>The %n drive(s) of this job were finished by an earlier run of the preparation, which showed their recovery passwords then; Semina keeps no copy of them.</source>
        <translation>
            <numerusform>%n disco di questo processo è stato completato da un&apos;esecuzione precedente della preparazione, che ne ha mostrato allora la password di ripristino; Semina non ne conserva copia.</numerusform>
            <numerusform>I %n dischi di questo processo sono stati completati da un&apos;esecuzione precedente della preparazione, che ne ha mostrato allora le password di ripristino; Semina non ne conserva copia.</numerusform>
        </translation>
    </message>
    <message>
        <source>If they were lost, nothing is locked out: each drive&apos;s key also stays in this computer&apos;s keychain, the import job takes it from there to the receiving station, and &quot;semina-cli drive verify --drive PATH&quot; checks a drive with it. A recovery password is needed only to open a drive without this computer.</source>
        <translation>Se sono andate perse, nulla resta bloccato: la chiave di ogni disco resta anche nel portachiavi di questo computer, da lì il processo di importazione la porta alla stazione di ricezione, e &quot;semina-cli drive verify --drive PATH&quot; verifica un disco con essa. La password di ripristino serve solo per aprire un disco senza questo computer.</translation>
    </message>
    <message>
        <source>Shown only this once: Semina keeps no copy. The drive keys also stay in this computer&apos;s keychain.</source>
        <translation>Mostrate solo questa volta: Semina non ne conserva copia. Le chiavi dei dischi restano anche nel portachiavi di questo computer.</translation>
    </message>
    <message>
        <source>Drive %1 of %2: %3</source>
        <translation>Disco %1 di %2: %3</translation>
    </message>
    <message>
        <source>Drive id:</source>
        <translation>ID del disco:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>Numero di serie:</translation>
    </message>
    <message>
        <source>Recovery password of drive %1</source>
        <translation>Password di ripristino del disco %1</translation>
    </message>
    <message>
        <source>Recovery password:</source>
        <translation>Password di ripristino:</translation>
    </message>
    <message>
        <source>Copied. Paste them where they are kept away from the drives, then clear the clipboard; Semina clears it when this wizard closes.</source>
        <translation>Copiate. Incollale dove sono conservate lontano dai dischi, poi svuota gli appunti; Semina li svuota alla chiusura di questa procedura guidata.</translation>
    </message>
    <message>
        <source>%1-recovery-passwords.txt</source>
        <translation>%1-password-di-ripristino.txt</translation>
    </message>
    <message>
        <source>Save the recovery passwords</source>
        <translation>Salva le password di ripristino</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>File di testo (*.txt)</translation>
    </message>
    <message>
        <source>%1 is on drive %2 (%3): a password saved on the drive it opens protects nothing. Choose a place away from the drives.</source>
        <translation>%1 è sul disco %2 (%3): una password salvata sul disco che apre non protegge nulla. Scegli un posto lontano dai dischi.</translation>
    </message>
    <message>
        <source>Saved to %1, readable only by you. Keep that file away from the drives: not on them, not in the staging location, not in the package.</source>
        <translation>Salvate in %1, leggibile solo da te. Tieni quel file lontano dai dischi: non su di essi, non nel percorso di gestione temporanea, non nel pacco.</translation>
    </message>
    <message>
        <source>Recovery passwords: import job %1</source>
        <translation>Password di ripristino: processo di importazione %1</translation>
    </message>
    <message>
        <source>Sent to the printer. Keep the sheet away from the drives.</source>
        <translation>Inviate alla stampante. Conserva il foglio lontano dai dischi.</translation>
    </message>
    <message>
        <source>No drive was finished in this run, so there is no recovery password to show.</source>
        <translation>Nessun disco è stato completato in questa esecuzione, quindi non c&apos;è alcuna password di ripristino da mostrare.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::RegistrationPage</name>
    <message>
        <source>Register the storage account</source>
        <translation>Registra l&apos;account di archiviazione</translation>
    </message>
    <message>
        <source>The certificate goes into the account, then the account is registered for offline backup.</source>
        <translation>Il certificato va nell&apos;account, poi l&apos;account viene registrato per il backup offline.</translation>
    </message>
    <message>
        <source>Creating the folder account %1</source>
        <translation>Creazione dell&apos;account cartella %1</translation>
    </message>
    <message>
        <source>Publishing the certificate and registering %1</source>
        <translation>Pubblicazione del certificato e registrazione di %1</translation>
    </message>
    <message>
        <source>Created the folder account %1 in %2.</source>
        <translation>Creato l&apos;account cartella %1 in %2.</translation>
    </message>
    <message>
        <source>Published the certificate %1 as %2 in the container &quot;%3&quot; of %4, and registered the storage account %5 for offline backup.</source>
        <translation>Pubblicato il certificato %1 come %2 nel contenitore &quot;%3&quot; di %4, e registrato l&apos;account di archiviazione %5 per il backup offline.</translation>
    </message>
    <message>
        <source>Parameters file: %1</source>
        <translation>File dei parametri: %1</translation>
    </message>
    <message>
        <source>This server is prepared. Next: &quot;Initiate offline backup&quot; in the main window, with the storage account %1.</source>
        <translation>Questo server è pronto. Prossimo passo: &quot;Avvia il backup offline&quot; nella finestra principale, con l&apos;account di archiviazione %1.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::ReturnAddressPage</name>
    <message>
        <source>Return address</source>
        <translation>Indirizzo di ritorno</translation>
    </message>
    <message>
        <source>Where the station sends the drives back once the import is done.</source>
        <translation>Dove la stazione rispedisce i dischi una volta terminata l&apos;importazione.</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>&amp;Street (line 1):</source>
        <translation>&amp;Via (riga 1):</translation>
    </message>
    <message>
        <source>Street (line &amp;2, optional):</source>
        <translation>Via (riga &amp;2, facoltativa):</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;ittà:</translation>
    </message>
    <message>
        <source>State or &amp;province (optional):</source>
        <translation>Stato o p&amp;rovincia (facoltativo):</translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation>C&amp;odice postale:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry or region:</source>
        <translation>Paes&amp;e o area geografica:</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::ReturnShippingPage</name>
    <message>
        <source>Contact and return shipping</source>
        <translation>Contatto e spedizione di ritorno</translation>
    </message>
    <message>
        <source>Who the station calls about the drives, and the carrier account that pays for sending them back.</source>
        <translation>Chi la stazione contatta per i dischi, e il conto del corriere che paga la loro rispedizione.</translation>
    </message>
    <message>
        <source>For example +39 011 555 0101</source>
        <translation>Per esempio +39 011 555 0101</translation>
    </message>
    <message>
        <source>For example backup-desk@example.com</source>
        <translation>Per esempio backup-desk@example.com</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefono:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Return shipping</source>
        <translation>Spedizione di ritorno</translation>
    </message>
    <message>
        <source>Return &amp;carrier:</source>
        <translation>Corriere di &amp;ritorno:</translation>
    </message>
    <message>
        <source>Carrier &amp;account number:</source>
        <translation>Numero di &amp;conto del corriere:</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::ScreenshotTour</name>
    <message>
        <source>Could not write the screenshot %1: check that the folder is writable.</source>
        <translation>Impossibile scrivere la schermata %1: controlla che la cartella sia scrivibile.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::SelectionMeasure</name>
    <message>
        <source>Adding up the selection</source>
        <translation>Calcolo della selezione</translation>
    </message>
    <message>
        <source>This folder cannot be read: it is left out of the total.</source>
        <translation>Questa cartella non può essere letta: è esclusa dal totale.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::ShippingCommitPage</name>
    <message>
        <source>C&amp;orrect the tracking number</source>
        <translation>C&amp;orreggi il numero di tracciabilità</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>Commit the shipping details</source>
        <translation>Conferma dei dettagli di spedizione</translation>
    </message>
    <message>
        <source>The details go to the import job in the import service.</source>
        <translation>I dettagli vanno al processo di importazione nel servizio di importazione.</translation>
    </message>
    <message>
        <source>Committing</source>
        <translation>Conferma in corso</translation>
    </message>
    <message>
        <source>Committing the shipping details of import job &quot;%1&quot; to %2...</source>
        <translation>Conferma dei dettagli di spedizione del processo di importazione &quot;%1&quot; in %2...</translation>
    </message>
    <message>
        <source>Stopped: nothing was committed; the job is still Creating.</source>
        <translation>Interrotto: non è stato confermato nulla; il processo è ancora in stato Creazione.</translation>
    </message>
    <message>
        <source>Nothing was committed: the job is still Creating. Fix the problem, then try again.</source>
        <translation>Non è stato confermato nulla: il processo è ancora in stato Creazione. Risolvi il problema, poi riprova.</translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation>&amp;Conferma</translation>
    </message>
    <message>
        <source>%1
Nothing was committed: correct the tracking number, then commit again.</source>
        <translation>%1
Non è stato confermato nulla: correggi il numero di tracciabilità, poi conferma di nuovo.</translation>
    </message>
    <message>
        <source>Committed.</source>
        <translation>Confermato.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::ShippingDonePage</name>
    <message>
        <source>Shipping details committed</source>
        <translation>Dettagli di spedizione confermati</translation>
    </message>
    <message>
        <source>The import job waits for its drives.</source>
        <translation>Il processo di importazione attende i suoi dischi.</translation>
    </message>
    <message>
        <source>Committed: import job &quot;%1&quot; is %2.</source>
        <translation>Confermato: il processo di importazione &quot;%1&quot; è in stato %2.</translation>
    </message>
    <message>
        <source>The shipping details are stored in %1.</source>
        <translation>I dettagli di spedizione sono salvati in %1.</translation>
    </message>
    <message>
        <source>Send the package now. &quot;Import status&quot; in the main window follows the job and its drives until the import is complete.</source>
        <translation>Spedisci ora il pacco. &quot;Stato dell&apos;importazione&quot; nella finestra principale segue il processo e i suoi dischi fino al termine dell&apos;importazione.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::ShippingJobPage</name>
    <message>
        <source>A job of &amp;this computer (the one that wrote the seed)</source>
        <translation>Un processo di &amp;questo computer (quello che ha scritto il seed)</translation>
    </message>
    <message>
        <source>A job from a &amp;staging location (prepared on another computer)</source>
        <translation>Un processo da un percorso di gestione temporanea (preparato su un alt&amp;ro computer)</translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation>Sfog&amp;lia...</translation>
    </message>
    <message>
        <source>Brows&amp;e...</source>
        <translation>Sfogli&amp;a...</translation>
    </message>
    <message>
        <source>Import job</source>
        <translation>Processo di importazione</translation>
    </message>
    <message>
        <source>Choose the import job whose drives you are shipping. Its state comes from the import service.</source>
        <translation>Scegli il processo di importazione di cui spedisci i dischi. Il suo stato viene dal servizio di importazione.</translation>
    </message>
    <message>
        <source>Import jobs of this computer</source>
        <translation>Processi di importazione di questo computer</translation>
    </message>
    <message>
        <source>Staging location</source>
        <translation>Percorso di gestione temporanea</translation>
    </message>
    <message>
        <source>A local folder, or \\server\share\folder</source>
        <translation>Una cartella locale, oppure \\server\condivisione\cartella</translation>
    </message>
    <message>
        <source>Browse for the staging location</source>
        <translation>Sfoglia per scegliere il percorso di gestione temporanea</translation>
    </message>
    <message>
        <source>Import jobs in the staging location</source>
        <translation>Processi di importazione nel percorso di gestione temporanea</translation>
    </message>
    <message>
        <source>Publish settings file</source>
        <translation>File delle impostazioni di pubblicazione</translation>
    </message>
    <message>
        <source>Browse for the publish settings file</source>
        <translation>Sfoglia per scegliere il file delle impostazioni di pubblicazione</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Sottoscrizione</translation>
    </message>
    <message>
        <source>This computer did not write the seed, so it needs the publish settings file of the job&apos;s subscription (the one the backup was initiated with) to reach the import service.</source>
        <translation>Questo computer non ha scritto il seed: per raggiungere il servizio di importazione gli serve il file delle impostazioni di pubblicazione della sottoscrizione del processo (quello con cui è stato avviato il backup).</translation>
    </message>
    <message>
        <source>Looking up the job</source>
        <translation>Ricerca del processo</translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <translation>Pro&amp;cesso:</translation>
    </message>
    <message>
        <source>Staging &amp;location:</source>
        <translation>Percorso di gestione te&amp;mporanea:</translation>
    </message>
    <message>
        <source>J&amp;ob:</source>
        <translation>Proc&amp;esso:</translation>
    </message>
    <message>
        <source>&amp;Publish settings file:</source>
        <translation>File delle &amp;impostazioni di pubblicazione:</translation>
    </message>
    <message>
        <source>S&amp;ubscription:</source>
        <translation>So&amp;ttoscrizione:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No job of this computer waits for shipping details</source>
        <translation>Nessun processo di questo computer attende i dettagli di spedizione</translation>
    </message>
    <message>
        <source>This computer has no import job waiting for shipping details: choose the staging location of the job&apos;s seed below.</source>
        <translation>Questo computer non ha processi di importazione in attesa dei dettagli di spedizione: scegli qui sotto il percorso di gestione temporanea del seed del processo.</translation>
    </message>
    <message>
        <source>Give the staging location the seed was written to: its jobs are listed from it.</source>
        <translation>Indica il percorso di gestione temporanea in cui è stato scritto il seed: i suoi processi vengono elencati da lì.</translation>
    </message>
    <message>
        <source>The staging location &quot;%1&quot; holds no seed of an import job: choose the folder the seed was written to.</source>
        <translation>Il percorso di gestione temporanea &quot;%1&quot; non contiene il seed di alcun processo di importazione: scegli la cartella in cui è stato scritto il seed.</translation>
    </message>
    <message>
        <source>Give the publish settings file of job &quot;%1&quot;: there is none at &quot;%2&quot;.</source>
        <translation>Indica il file delle impostazioni di pubblicazione del processo &quot;%1&quot;: in &quot;%2&quot; non ce n&apos;è uno.</translation>
    </message>
    <message>
        <source>Looking up import job &quot;%1&quot; in the import service...</source>
        <translation>Ricerca del processo di importazione &quot;%1&quot; nel servizio di importazione...</translation>
    </message>
    <message numerus="yes">
        <source>Import job &quot;%1&quot; is %2: %n drive(s) prepared, waiting for the shipping details.</source>
        <translation>
            <numerusform>Il processo di importazione &quot;%1&quot; è in stato %2: %n disco preparato, in attesa dei dettagli di spedizione.</numerusform>
            <numerusform>Il processo di importazione &quot;%1&quot; è in stato %2: %n dischi preparati, in attesa dei dettagli di spedizione.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import job &quot;%1&quot; is already %2: its shipping details were committed on %3 (carrier %4, tracking number %5, shipped on %6).</source>
        <translation>Il processo di importazione &quot;%1&quot; è già in stato %2: i suoi dettagli di spedizione sono stati confermati il %3 (corriere %4, numero di tracciabilità %5, spedito il %6).</translation>
    </message>
    <message>
        <source>Import job &quot;%1&quot; is %2: shipping details can be entered only while a job is Creating.</source>
        <translation>Il processo di importazione &quot;%1&quot; è in stato %2: i dettagli di spedizione si possono inserire solo mentre un processo è in stato Creazione.</translation>
    </message>
    <message>
        <source>Nothing is left to enter here: &quot;Import status&quot; in the main window follows the job.</source>
        <translation>Qui non resta nulla da inserire: &quot;Stato dell&apos;importazione&quot; nella finestra principale segue il processo.</translation>
    </message>
    <message>
        <source>Look up &amp;again</source>
        <translation>Cerca di &amp;nuovo</translation>
    </message>
    <message>
        <source>If the drives of this job are not prepared yet, prepare them first with &quot;Prepare drives&quot; in the main window: that creates the job.</source>
        <translation>Se i dischi di questo processo non sono ancora pronti, preparali prima con &quot;Prepara i dischi&quot; nella finestra principale: è questo a creare il processo.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::ShippingReviewPage</name>
    <message>
        <source>Review the shipping details</source>
        <translation>Verifica dei dettagli di spedizione</translation>
    </message>
    <message numerus="yes">
        <source>Check every value against the package&apos;s label. Once committed, the details cannot be changed and the drives must arrive within %n day(s).</source>
        <translation>
            <numerusform>Controlla ogni valore con l&apos;etichetta del pacco. Una volta confermati, i dettagli non si possono più cambiare e i dischi devono arrivare entro %n giorno.</numerusform>
            <numerusform>Controlla ogni valore con l&apos;etichetta del pacco. Una volta confermati, i dettagli non si possono più cambiare e i dischi devono arrivare entro %n giorni.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation>&amp;Conferma</translation>
    </message>
    <message numerus="yes">
        <source>Import job &quot;%1&quot;, %n drive(s) in one package:</source>
        <translation>
            <numerusform>Processo di importazione &quot;%1&quot;, %n disco in un solo pacco:</numerusform>
            <numerusform>Processo di importazione &quot;%1&quot;, %n dischi in un solo pacco:</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::SourcesPage</name>
    <message>
        <source>What to protect</source>
        <translation>Cosa proteggere</translation>
    </message>
    <message>
        <source>Check the folders and files of the first backup. Unchecking an entry inside a checked folder leaves it out.</source>
        <translation>Seleziona le cartelle e i file del primo backup. Deselezionare una voce dentro una cartella selezionata la esclude.</translation>
    </message>
    <message>
        <source>Folders and files to protect</source>
        <translation>Cartelle e file da proteggere</translation>
    </message>
    <message>
        <source>Exclusion patterns</source>
        <translation>Criteri di esclusione</translation>
    </message>
    <message>
        <source>For example: *.tmp; node_modules; .cache</source>
        <translation>Ad esempio: *.tmp; node_modules; .cache</translation>
    </message>
    <message>
        <source>&amp;Folders and files:</source>
        <translation>&amp;Cartelle e file:</translation>
    </message>
    <message>
        <source>&amp;Leave out names matching:</source>
        <translation>&amp;Escludi i nomi corrispondenti a:</translation>
    </message>
    <message numerus="yes">
        <source>Adding up: %1 so far in %n file(s)...</source>
        <translation>
            <numerusform>Calcolo: finora %1 in %n file...</numerusform>
            <numerusform>Calcolo: finora %1 in %n file...</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is checked yet.</source>
        <translation>Non è ancora selezionato nulla.</translation>
    </message>
    <message>
        <source>Adding up the selection...</source>
        <translation>Calcolo della selezione...</translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 in %n file(s).</source>
        <translation>
            <numerusform>Totale: %1 in %n file.</numerusform>
            <numerusform>Totale: %1 in %n file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The patterns leave out %n entry(ies).</source>
        <translation>
            <numerusform>I criteri escludono %n voce.</numerusform>
            <numerusform>I criteri escludono %n voci.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Semina::Ui::StagingPage</name>
    <message>
        <source>Staging location</source>
        <translation>Percorso di gestione temporanea</translation>
    </message>
    <message>
        <source>Where the offline backup wrote the seed: a folder of this computer or a network share.</source>
        <translation>Dove il backup offline ha scritto il seed: una cartella di questo computer o una condivisione di rete.</translation>
    </message>
    <message>
        <source>A local folder, or \\server\share\folder</source>
        <translation>Una cartella locale, oppure \\server\condivisione\cartella</translation>
    </message>
    <message>
        <source>&amp;Staging location:</source>
        <translation>Percorso di &amp;gestione temporanea:</translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation>Sfog&amp;lia...</translation>
    </message>
    <message>
        <source>Browse for the staging location</source>
        <translation>Sfoglia per scegliere il percorso di gestione temporanea</translation>
    </message>
    <message>
        <source>Seed server&apos;s certificate</source>
        <translation>Certificato del server del seed</translation>
    </message>
    <message>
        <source>Seed server&apos;s &amp;certificate:</source>
        <translation>&amp;Certificato del server del seed:</translation>
    </message>
    <message>
        <source>Browse for the seed server&apos;s certificate</source>
        <translation>Sfoglia per scegliere il certificato del server del seed</translation>
    </message>
    <message>
        <source>This computer has no offline certificate to check the seeds&apos; signatures with. Choose the certificate file (.cer) exported on the server that wrote the seed.</source>
        <translation>Questo computer non ha un certificato offline con cui controllare le firme dei seed. Scegli il file del certificato (.cer) esportato sul server che ha scritto il seed.</translation>
    </message>
    <message>
        <source>&amp;Import jobs found there:</source>
        <translation>&amp;Processi di importazione trovati:</translation>
    </message>
    <message>
        <source>Import jobs in the staging location</source>
        <translation>Processi di importazione nel percorso di gestione temporanea</translation>
    </message>
    <message>
        <source>Import job</source>
        <translation>Processo di importazione</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Source computer</source>
        <translation>Computer di origine</translation>
    </message>
    <message>
        <source>Publish settings file</source>
        <translation>File delle impostazioni di pubblicazione</translation>
    </message>
    <message>
        <source>&amp;Publish settings file:</source>
        <translation>File delle &amp;impostazioni di pubblicazione:</translation>
    </message>
    <message>
        <source>Brows&amp;e...</source>
        <translation>Sfogli&amp;a...</translation>
    </message>
    <message>
        <source>Browse for the publish settings file</source>
        <translation>Sfoglia per scegliere il file delle impostazioni di pubblicazione</translation>
    </message>
    <message>
        <source>Type or browse to the staging location the seed was written to.</source>
        <translation>Digita o sfoglia il percorso di gestione temporanea in cui è stato scritto il seed.</translation>
    </message>
    <message>
        <source>Looking for import jobs in %1...</source>
        <translation>Ricerca dei processi di importazione in %1...</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; cannot be read: %2.</source>
        <translation>Il certificato &quot;%1&quot; non può essere letto: %2.</translation>
    </message>
    <message>
        <source>Choose the seed server&apos;s certificate to check the seeds&apos; signatures.</source>
        <translation>Scegli il certificato del server del seed per controllare le firme dei seed.</translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation>Non pronto: %1</translation>
    </message>
    <message>
        <source>Drives prepared (signature checked)</source>
        <translation>Dischi preparati (firma controllata)</translation>
    </message>
    <message numerus="yes">
        <source>%n drive(s) prepared: continue with the next (signature checked)</source>
        <translation>
            <numerusform>%n disco preparato: continua con il successivo (firma controllata)</numerusform>
            <numerusform>%n dischi preparati: continua con il successivo (firma controllata)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to copy (signature checked)</source>
        <translation>Pronto per la copia (firma controllata)</translation>
    </message>
    <message>
        <source>The import job &quot;%1&quot; was not created on this computer (it was on %2), so Semina needs the publish settings file of its subscription %3 to create the import job once the drives are prepared.</source>
        <translation>Il processo di importazione &quot;%1&quot; non è stato creato su questo computer (è stato creato su %2): Semina ha bisogno del file delle impostazioni di pubblicazione della sua sottoscrizione %3 per creare il processo di importazione quando i dischi sono pronti.</translation>
    </message>
    <message>
        <source>The drives of &quot;%1&quot; are all prepared already.</source>
        <translation>I dischi di &quot;%1&quot; sono già tutti preparati.</translation>
    </message>
    <message>
        <source>Certificates (*.cer);;All files (*)</source>
        <translation>Certificati (*.cer);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Publish settings (*.publishsettings);;All files (*)</source>
        <translation>Impostazioni di pubblicazione (*.publishsettings);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Br&amp;owse...</source>
        <translation>Sf&amp;oglia...</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::StatusSourcePage</name>
    <message>
        <source>The import jobs of &amp;this computer (where the first backup was written)</source>
        <translation>I processi di importazione di &amp;questo computer (dove è stato scritto il primo backup)</translation>
    </message>
    <message>
        <source>The import jobs of a &amp;staging location (at the copy computer)</source>
        <translation>I processi di importazione di un &amp;percorso di gestione temporanea (al computer di copia)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Sf&amp;oglia...</translation>
    </message>
    <message>
        <source>Which import jobs</source>
        <translation>Quali processi di importazione</translation>
    </message>
    <message>
        <source>Semina asks the import service where each job and its drives stand. Choose whose jobs to follow.</source>
        <translation>Semina chiede al servizio di importazione a che punto sono ogni processo e i suoi dischi. Scegli di chi seguire i processi.</translation>
    </message>
    <message>
        <source>Staging location</source>
        <translation>Percorso di gestione temporanea</translation>
    </message>
    <message>
        <source>The folder the seeds were written to; a network path works too</source>
        <translation>La cartella in cui sono stati scritti i seed; va bene anche un percorso di rete</translation>
    </message>
    <message>
        <source>Browse for the staging location</source>
        <translation>Sfoglia per scegliere il percorso di gestione temporanea</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Cartella:</translation>
    </message>
    <message numerus="yes">
        <source>This computer has %n import job(s).</source>
        <translation>
            <numerusform>Questo computer ha %n processo di importazione.</numerusform>
            <numerusform>Questo computer ha %n processi di importazione.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no folder at this path: choose the staging location the seed was written to.</source>
        <translation>Non c&apos;è nessuna cartella in questo percorso: scegli il percorso di gestione temporanea in cui è stato scritto il seed.</translation>
    </message>
    <message>
        <source>This folder holds no seed of an import job: choose the staging location the seed was written to.</source>
        <translation>Questa cartella non contiene alcun seed di un processo di importazione: scegli il percorso di gestione temporanea in cui è stato scritto il seed.</translation>
    </message>
    <message numerus="yes">
        <source>%n import job(s) found: %1.</source>
        <translation>
            <numerusform>%n processo di importazione trovato: %1.</numerusform>
            <numerusform>%n processi di importazione trovati: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the staging location</source>
        <translation>Scegli il percorso di gestione temporanea</translation>
    </message>
    <message>
        <source>&amp;Publish settings:</source>
        <translation>&amp;Impostazioni di pubblicazione:</translation>
    </message>
    <message>
        <source>Br&amp;owse...</source>
        <translation>S&amp;foglia...</translation>
    </message>
    <message>
        <source>Publish settings file</source>
        <translation>File delle impostazioni di pubblicazione</translation>
    </message>
    <message>
        <source>The .publishsettings file of the jobs&apos; subscription</source>
        <translation>Il file .publishsettings della sottoscrizione dei processi</translation>
    </message>
    <message>
        <source>Browse for the publish settings file</source>
        <translation>Sfoglia per scegliere il file delle impostazioni di pubblicazione</translation>
    </message>
    <message>
        <source>Their seeds name publish settings that are not on this computer (%1): choose the publish settings file of their subscription, as the source computer has it.</source>
        <extracomment>%1 is a file path (or several)</extracomment>
        <translation>I loro seed indicano impostazioni di pubblicazione che non sono su questo computer (%1): scegli il file delle impostazioni di pubblicazione della loro sottoscrizione, come lo ha il computer di origine.</translation>
    </message>
    <message>
        <source>Choose the publish settings file</source>
        <translation>Scegli il file delle impostazioni di pubblicazione</translation>
    </message>
    <message>
        <source>Publish settings (*.publishsettings);;All files (*)</source>
        <translation>Impostazioni di pubblicazione (*.publishsettings);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::StopConfirmation</name>
    <message>
        <source>&amp;Stop and close</source>
        <translation>&amp;Interrompi e chiudi</translation>
    </message>
    <message>
        <source>&amp;Keep writing</source>
        <translation>&amp;Continua a scrivere</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::StorageAccountPage</name>
    <message>
        <source>Storage account</source>
        <translation>Account di archiviazione</translation>
    </message>
    <message>
        <source>The account the drives are imported into. The certificate is published there, and the account is registered for offline backup.</source>
        <translation>L&apos;account in cui vengono importati i dischi. Il certificato viene pubblicato lì, e l&apos;account viene registrato per il backup offline.</translation>
    </message>
    <message>
        <source>Storage &amp;account:</source>
        <translation>&amp;Account di archiviazione:</translation>
    </message>
    <message>
        <source>Accounts are set up with &quot;semina-cli account add&quot;; the embedded default needs none: Semina creates a folder account for it.</source>
        <translation>Gli account si configurano con &quot;semina-cli account add&quot;; il predefinito integrato non ne richiede: Semina crea per esso un account cartella.</translation>
    </message>
    <message>
        <source>Create it as a &amp;folder account (the embedded default) in %1</source>
        <translation>Crealo come account &amp;cartella (il predefinito integrato) in %1</translation>
    </message>
    <message>
        <source>A storage account name has 3 to 24 characters, lower-case letters and digits only.</source>
        <translation>Il nome di un account di archiviazione ha da 3 a 24 caratteri, solo lettere minuscole e cifre.</translation>
    </message>
    <message>
        <source>Semina knows this account.</source>
        <translation>Semina conosce questo account.</translation>
    </message>
    <message>
        <source>Semina does not know this account yet.</source>
        <translation>Semina non conosce ancora questo account.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::SubscriptionPage</name>
    <message>
        <source>Create a &amp;local subscription (the embedded default: no cloud needed)</source>
        <translation>Crea una sottoscrizione &amp;locale (il predefinito integrato: non serve il cloud)</translation>
    </message>
    <message>
        <source>Semina local</source>
        <translation>Semina locale</translation>
    </message>
    <message>
        <source>Use a &amp;publish settings file</source>
        <translation>Usa un file di &amp;impostazioni di pubblicazione</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Sf&amp;oglia...</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Sottoscrizione</translation>
    </message>
    <message>
        <source>The offline certificate is made for one subscription. Choose where it comes from.</source>
        <translation>Il certificato offline è creato per una sottoscrizione. Scegli da dove proviene.</translation>
    </message>
    <message>
        <source>Subscription &amp;name:</source>
        <translation>&amp;Nome della sottoscrizione:</translation>
    </message>
    <message>
        <source>Local subscription name</source>
        <translation>Nome della sottoscrizione locale</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Fi&amp;le:</translation>
    </message>
    <message>
        <source>Publish settings file</source>
        <translation>File delle impostazioni di pubblicazione</translation>
    </message>
    <message>
        <source>A .publishsettings file downloaded from the portal</source>
        <translation>Un file .publishsettings scaricato dal portale</translation>
    </message>
    <message>
        <source>Browse for the publish settings file</source>
        <translation>Sfoglia per scegliere il file delle impostazioni di pubblicazione</translation>
    </message>
    <message>
        <source>S&amp;ubscription:</source>
        <translation>S&amp;ottoscrizione:</translation>
    </message>
    <message>
        <source>Subscription of the file</source>
        <translation>Sottoscrizione del file</translation>
    </message>
    <message>
        <source>There is no file at this path yet.</source>
        <translation>Non esiste ancora un file in questo percorso.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n subscription(s).</source>
        <translation>
            <numerusform>Il file contiene %n sottoscrizione.</numerusform>
            <numerusform>Il file contiene %n sottoscrizioni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the publish settings file</source>
        <translation>Scegli il file delle impostazioni di pubblicazione</translation>
    </message>
    <message>
        <source>Publish settings (*.publishsettings);;All files (*)</source>
        <translation>Impostazioni di pubblicazione (*.publishsettings);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::VaultKeyPage</name>
    <message>
        <source>&amp;Keep the key in the keychain of this computer</source>
        <translation>&amp;Conserva la chiave nel portachiavi di questo computer</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>Passphrase dell&apos;insieme di credenziali</translation>
    </message>
    <message>
        <source>The seed is encrypted. Its vault is opened with this passphrase: keep it safe, Semina cannot recover it.</source>
        <translation>Il seed è cifrato. Il suo insieme di credenziali si apre con questa passphrase: conservala al sicuro, Semina non può recuperarla.</translation>
    </message>
    <message>
        <source>Vault passphrase, again</source>
        <translation>Passphrase dell&apos;insieme di credenziali, di nuovo</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ripetila:</translation>
    </message>
    <message>
        <source>Without the keychain, every later backup and a resumed seed asks for the passphrase again.</source>
        <translation>Senza il portachiavi, ogni backup successivo e ogni ripresa del seed chiedono di nuovo la passphrase.</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Digita la passphrase.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Le due passphrase sono diverse.</translation>
    </message>
</context>
<context>
    <name>Semina::Ui::Workflow</name>
    <message>
        <source>Prepare this server</source>
        <translation>Prepara questo server</translation>
    </message>
    <message>
        <source>Initiate offline backup</source>
        <translation>Avvia il backup offline</translation>
    </message>
    <message>
        <source>Prepare drives</source>
        <translation>Prepara i dischi</translation>
    </message>
    <message>
        <source>Shipping details</source>
        <translation>Dettagli di spedizione</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Stato dell&apos;importazione</translation>
    </message>
    <message>
        <source>Finish and restore</source>
        <translation>Completa e ripristina</translation>
    </message>
    <message>
        <source>Create the offline certificate and register the storage account.</source>
        <translation>Crea il certificato offline e registra l&apos;account di archiviazione.</translation>
    </message>
    <message>
        <source>Fill in the offline backup form and write the first backup into the staging location.</source>
        <translation>Compila il modulo del backup offline e scrivi il primo backup nel percorso di gestione temporanea.</translation>
    </message>
    <message>
        <source>At the copy computer: encrypt the drives, copy the seed, verify it and create the import job.</source>
        <translation>Nel computer di copia: cifra i dischi, copia il seed, verificalo e crea il processo di importazione.</translation>
    </message>
    <message>
        <source>Enter the carrier and tracking number, review them and commit them to the import job.</source>
        <translation>Inserisci il corriere e il numero di spedizione, controllali e registrali nel processo di importazione.</translation>
    </message>
    <message>
        <source>Follow the import job and its drives, and the deadlines that apply to them.</source>
        <translation>Segui il processo di importazione, i suoi dischi e le scadenze che li riguardano.</translation>
    </message>
    <message>
        <source>Move the imported data into the vault, back up incrementally and restore files.</source>
        <translation>Sposta i dati importati nell&apos;insieme di credenziali, esegui backup incrementali e ripristina i file.</translation>
    </message>
</context>
<context>
    <name>Semina::Vault</name>
    <message>
        <source>A stored chunk does not decompress to its recorded size.</source>
        <translation>Un blocco archiviato non si decomprime alla dimensione registrata.</translation>
    </message>
    <message>
        <source>The chunker&apos;s secret is too short.</source>
        <translation>Il segreto del suddivisore in blocchi è troppo corto.</translation>
    </message>
    <message>
        <source>The key file &quot;keys/%1&quot; is damaged: open the vault with another passphrase or the recovery key, then remove this key.</source>
        <translation>Il file di chiave &quot;keys/%1&quot; è danneggiato: apri l&apos;insieme di credenziali con un&apos;altra passphrase o con la chiave di ripristino, poi rimuovi questa chiave.</translation>
    </message>
    <message>
        <source>The passphrase does not open this vault.</source>
        <translation>La passphrase non apre questo insieme di credenziali.</translation>
    </message>
    <message>
        <source>The key file &quot;keys/%1&quot; was written by a newer Semina: update Semina to open this vault.</source>
        <translation>Il file di chiave &quot;keys/%1&quot; è stato scritto da una versione più recente di Semina: aggiorna Semina per aprire questo insieme di credenziali.</translation>
    </message>
    <message>
        <source>A list of blobs is malformed.</source>
        <translation>Un elenco di blob non è ben formato.</translation>
    </message>
    <message>
        <source>The pack &quot;%1&quot; is damaged: %2.</source>
        <translation>Il pacchetto &quot;%1&quot; è danneggiato: %2.</translation>
    </message>
    <message>
        <source>it is too short</source>
        <translation>è troppo corto</translation>
    </message>
    <message>
        <source>its header length is impossible</source>
        <translation>la lunghezza dell&apos;intestazione è impossibile</translation>
    </message>
    <message>
        <source>its header fails verification</source>
        <translation>l&apos;intestazione non supera la verifica</translation>
    </message>
    <message>
        <source>its header is malformed</source>
        <translation>l&apos;intestazione non è ben formata</translation>
    </message>
    <message>
        <source>a blob lies outside it</source>
        <translation>un blob è al di fuori</translation>
    </message>
    <message>
        <source>The snapshot &quot;%1&quot; is malformed.</source>
        <translation>Lo snapshot &quot;%1&quot; non è ben formato.</translation>
    </message>
    <message>
        <source>A tree is malformed.</source>
        <translation>Un albero non è ben formato.</translation>
    </message>
    <message>
        <source>container &quot;%1&quot; of %2</source>
        <translation>contenitore &quot;%1&quot; di %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in container &quot;%2&quot; of %3</source>
        <translation>&quot;%1&quot; nel contenitore &quot;%2&quot; di %3</translation>
    </message>
    <message>
        <source>The passphrase is empty: choose one of at least 8 characters.</source>
        <translation>La passphrase è vuota: scegline una di almeno 8 caratteri.</translation>
    </message>
    <message>
        <source>The chunk sizes are not valid.</source>
        <translation>Le dimensioni dei blocchi non sono valide.</translation>
    </message>
    <message>
        <source>A vault already exists in %1: open it, or choose another place.</source>
        <translation>Esiste già un insieme di credenziali in %1: aprilo, oppure scegli un altro posto.</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>chiave di ripristino</translation>
    </message>
    <message>
        <source>Another vault was created in %1 at the same time.</source>
        <translation>Un altro insieme di credenziali è stato creato in %1 nello stesso momento.</translation>
    </message>
    <message>
        <source>There is no vault in %1: check the location, or create one with semina-cli init.</source>
        <translation>Non c&apos;è un insieme di credenziali in %1: controlla la posizione, oppure creane uno con semina-cli init.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the vault in %1: none of its %2 keys opens with it. Try again, or use the recovery key.</source>
        <translation>Passphrase errata per l&apos;insieme di credenziali in %1: nessuna delle sue %2 chiavi si apre con essa. Riprova, oppure usa la chiave di ripristino.</translation>
    </message>
    <message>
        <source>The key kept in the OS keychain does not open the vault in %1: open it with the passphrase.</source>
        <translation>La chiave conservata nel portachiavi del sistema non apre l&apos;insieme di credenziali in %1: aprilo con la passphrase.</translation>
    </message>
    <message>
        <source>The new passphrase is empty: choose one of at least 8 characters.</source>
        <translation>La nuova passphrase è vuota: scegline una di almeno 8 caratteri.</translation>
    </message>
    <message>
        <source>The vault has no key &quot;%1&quot;: semina-cli key list shows its keys.</source>
        <translation>L&apos;insieme di credenziali non ha la chiave &quot;%1&quot;: semina-cli key list mostra le sue chiavi.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is the one this session opened the vault with: open the vault with another key to remove it.</source>
        <translation>La chiave &quot;%1&quot; è quella con cui questa sessione ha aperto l&apos;insieme di credenziali: aprilo con un&apos;altra chiave per rimuoverla.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is the vault&apos;s last passphrase: add another one first.</source>
        <translation>La chiave &quot;%1&quot; è l&apos;ultima passphrase dell&apos;insieme di credenziali: aggiungine prima un&apos;altra.</translation>
    </message>
    <message>
        <source>The vault&apos;s &quot;config&quot; object is damaged or was altered: restore it from a copy of the vault.</source>
        <translation>L&apos;oggetto &quot;config&quot; dell&apos;insieme di credenziali è danneggiato o è stato alterato: ripristinalo da una copia dell&apos;insieme di credenziali.</translation>
    </message>
    <message>
        <source>This vault has format version %1; this Semina reads version %2. Update Semina to open it.</source>
        <translation>Questo insieme di credenziali ha la versione di formato %1; questo Semina legge la versione %2. Aggiorna Semina per aprirlo.</translation>
    </message>
    <message>
        <source>An index object is malformed.</source>
        <translation>Un oggetto di indice non è ben formato.</translation>
    </message>
    <message>
        <source>The vault&apos;s master key has the wrong length.</source>
        <translation>La chiave principale dell&apos;insieme di credenziali ha la lunghezza sbagliata.</translation>
    </message>
    <message>
        <source>The object &quot;%1&quot; is damaged: it fails verification.</source>
        <translation>L&apos;oggetto &quot;%1&quot; è danneggiato: non supera la verifica.</translation>
    </message>
    <message>
        <source>The index object &quot;%1&quot; is malformed.</source>
        <translation>L&apos;oggetto di indice &quot;%1&quot; non è ben formato.</translation>
    </message>
    <message>
        <source>The blob %1 is in no index: the vault misses data (run semina-cli check).</source>
        <translation>Il blob %1 non è in alcun indice: all&apos;insieme di credenziali mancano dati (esegui semina-cli check).</translation>
    </message>
    <message>
        <source>The blob %1 has the wrong type.</source>
        <translation>Il blob %1 ha il tipo sbagliato.</translation>
    </message>
    <message>
        <source>The pack &quot;%1&quot; holding blob %2 is missing or truncated.</source>
        <translation>Il pacchetto &quot;%1&quot; che contiene il blob %2 manca o è troncato.</translation>
    </message>
    <message>
        <source>The blob %1 in pack &quot;%2&quot; is damaged: it fails verification.</source>
        <translation>Il blob %1 nel pacchetto &quot;%2&quot; è danneggiato: non supera la verifica.</translation>
    </message>
    <message>
        <source>The blob %1 in pack &quot;%2&quot; is damaged: %3</source>
        <translation>Il blob %1 nel pacchetto &quot;%2&quot; è danneggiato: %3</translation>
    </message>
    <message>
        <source>The blob %1 in pack &quot;%2&quot; does not match its id.</source>
        <translation>Il blob %1 nel pacchetto &quot;%2&quot; non corrisponde al suo ID.</translation>
    </message>
    <message>
        <source>The vault has no snapshot yet: run a backup first.</source>
        <translation>L&apos;insieme di credenziali non ha ancora snapshot: esegui prima un backup.</translation>
    </message>
    <message>
        <source>The vault has no snapshot &quot;%1&quot;: semina-cli snapshots lists them.</source>
        <translation>L&apos;insieme di credenziali non ha lo snapshot &quot;%1&quot;: semina-cli snapshots li elenca.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 snapshots: give more of the id.</source>
        <translation>&quot;%1&quot; indica %2 snapshot: scrivi una parte più lunga dell&apos;ID.</translation>
    </message>
    <message>
        <source>The pack &quot;%1&quot; ended early.</source>
        <translation>Il pacchetto &quot;%1&quot; è finito prima del previsto.</translation>
    </message>
    <message>
        <source>The pack &quot;%1&quot; is missing or truncated.</source>
        <translation>Il pacchetto &quot;%1&quot; manca o è troncato.</translation>
    </message>
    <message>
        <source>The compression library could not start (out of memory?).</source>
        <translation>La libreria di compressione non è riuscita ad avviarsi (memoria esaurita?).</translation>
    </message>
    <message>
        <source>The key file &quot;keys/%1&quot; asks scrypt for N = %2, r = %3, p = %4, beyond what Semina writes (at most %5 MiB of memory and 4 times the work of N = 2^17, r = 8, p = 1): it was not written by Semina or was altered, so it is not tried. Open the vault with another passphrase or the recovery key, then remove this key.</source>
        <translation>Il file di chiave &quot;keys/%1&quot; chiede a scrypt N = %2, r = %3, p = %4, oltre quanto scrive Semina (al massimo %5 MiB di memoria e 4 volte il lavoro di N = 2^17, r = 8, p = 1): non è stato scritto da Semina o è stato alterato, quindi non viene provato. Apri l&apos;insieme di credenziali con un&apos;altra passphrase o con la chiave di ripristino, poi rimuovi questa chiave.</translation>
    </message>
    <message>
        <source>The vault in %1 does not open: none of its intact keys opens with this secret. %2</source>
        <translation>L&apos;insieme di credenziali in %1 non si apre: nessuna delle sue chiavi intatte si apre con questo segreto. %2</translation>
    </message>
    <message>
        <source>(damaged: remove it)</source>
        <translation>(danneggiata: rimuovila)</translation>
    </message>
    <message>
        <source>%1 It is left out; the other snapshots are intact (semina-cli check names what else is damaged).</source>
        <translation>%1 Viene escluso; gli altri snapshot sono intatti (semina-cli check indica che altro è danneggiato).</translation>
    </message>
</context>
<context>
    <name>Semina::Vault::Backup</name>
    <message>
        <source>The folder cannot be listed (%1); it is stored empty.</source>
        <translation>Impossibile elencare la cartella (%1); viene archiviata vuota.</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>Saltato: %1.</translation>
    </message>
    <message>
        <source>Skipped: sockets, pipes and devices are not backed up.</source>
        <translation>Saltato: socket, pipe e dispositivi non vengono inclusi nel backup.</translation>
    </message>
    <message>
        <source>Skipped: the link cannot be read (%1).</source>
        <translation>Saltato: impossibile leggere il collegamento (%1).</translation>
    </message>
    <message>
        <source>the file cannot be opened (%1)</source>
        <translation>impossibile aprire il file (%1)</translation>
    </message>
    <message>
        <source>reading failed (%1)</source>
        <translation>lettura non riuscita (%1)</translation>
    </message>
    <message>
        <source>Name at least one file or folder to back up.</source>
        <translation>Indica almeno un file o una cartella di cui eseguire il backup.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist: check the path.</source>
        <translation>&quot;%1&quot; non esiste: controlla il percorso.</translation>
    </message>
    <message>
        <source>Two of the paths are named &quot;%1&quot;: back them up in separate snapshots, or name their common folder instead.</source>
        <translation>Due dei percorsi si chiamano &quot;%1&quot;: esegui il loro backup in snapshot separati, oppure indica invece la loro cartella comune.</translation>
    </message>
    <message>
        <source>Preparing the backup</source>
        <translation>Preparazione del backup</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Backup in corso</translation>
    </message>
    <message>
        <source>Writing the last packs and the index</source>
        <translation>Scrittura degli ultimi pacchetti e dell&apos;indice</translation>
    </message>
</context>
<context>
    <name>Semina::Vault::Check</name>
    <message>
        <source>Checking the index and the packs</source>
        <translation>Controllo dell&apos;indice e dei pacchetti</translation>
    </message>
    <message>
        <source>The pack is missing.</source>
        <translation>Il pacchetto manca.</translation>
    </message>
    <message>
        <source>The pack has %1 bytes instead of %2 (truncated or damaged).</source>
        <translation>Il pacchetto ha %1 byte invece di %2 (troncato o danneggiato).</translation>
    </message>
    <message>
        <source>Reading all data</source>
        <translation>Lettura di tutti i dati</translation>
    </message>
    <message>
        <source>The pack does not start with its signature.</source>
        <translation>Il pacchetto non inizia con la sua firma.</translation>
    </message>
    <message>
        <source>%1 of its %2 blobs fail verification.</source>
        <translation>%1 dei suoi %2 blob non superano la verifica.</translation>
    </message>
    <message>
        <source>tree %1</source>
        <translation>albero %1</translation>
    </message>
    <message>
        <source>It holds an entry named &quot;%1&quot;, which would leave the restore folder.</source>
        <translation>Contiene una voce di nome &quot;%1&quot;, che uscirebbe dalla cartella di ripristino.</translation>
    </message>
    <message>
        <source>Checking the snapshots</source>
        <translation>Controllo degli snapshot</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>chiave di ripristino</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>passphrase</translation>
    </message>
    <message>
        <source>It does not wrap this vault&apos;s master key (it was replaced or altered): its %1 no longer opens the vault. Remove it with semina-cli key remove %2.</source>
        <translation>Non racchiude la chiave principale di questo insieme di credenziali (è stato sostituito o alterato): la sua %1 non apre più l&apos;insieme di credenziali. Rimuovilo con semina-cli key remove %2.</translation>
    </message>
    <message>
        <source>It carries no seal, though every key file of this vault has one: it was replaced, and its %1 may not open the vault. Remove it with semina-cli key remove %2.</source>
        <translation>Non ha sigillo, benché ogni file di chiave di questo insieme di credenziali ne abbia uno: è stato sostituito, e la sua %1 potrebbe non aprire l&apos;insieme di credenziali. Rimuovilo con semina-cli key remove %2.</translation>
    </message>
    <message>
        <source>The vault has no intact recovery key: if the passphrases are forgotten, nothing opens it. Keep a new recovery key (semina-cli key add --recovery) or a second passphrase in a safe place (semina-cli key add).</source>
        <translation>L&apos;insieme di credenziali non ha una chiave di ripristino intatta: se le passphrase vengono dimenticate, nulla lo apre. Conserva in un luogo sicuro una nuova chiave di ripristino (semina-cli key add --recovery) o una seconda passphrase (semina-cli key add).</translation>
    </message>
</context>
<context>
    <name>Semina::Vault::PassphraseStrength</name>
    <message numerus="yes">
        <source>The passphrase has %n character(s): use at least %1, for example a few unrelated words.</source>
        <translation>
            <numerusform>La passphrase ha %n carattere: usane almeno %1, per esempio alcune parole senza relazione tra loro.</numerusform>
            <numerusform>La passphrase ha %n caratteri: usane almeno %1, per esempio alcune parole senza relazione tra loro.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase is a common password or a simple pattern, among the first guesses of anyone who has the drives: a few unrelated words are stronger and easier to remember.</source>
        <translation>La passphrase è una password comune o uno schema semplice, tra i primi tentativi di chiunque abbia i dischi: alcune parole senza relazione tra loro sono più robuste e più facili da ricordare.</translation>
    </message>
    <message>
        <source>The passphrase is weak (about %1 bits; %2 or more is good): make it longer, or mix upper- and lower-case letters, digits and other characters.</source>
        <translation>La passphrase è debole (circa %1 bit; da %2 in su va bene): allungala, oppure mescola lettere maiuscole e minuscole, cifre e altri caratteri.</translation>
    </message>
</context>
<context>
    <name>Semina::Vault::Restore</name>
    <message>
        <source>The folder&apos;s listing is damaged; its contents cannot be restored: %1</source>
        <translation>L&apos;elenco della cartella è danneggiato; il suo contenuto non può essere ripristinato: %1</translation>
    </message>
    <message>
        <source>Refused: the snapshot holds an entry named &quot;%1&quot; that would leave the target folder. The vault may have been tampered with; run semina-cli check.</source>
        <translation>Rifiutato: lo snapshot contiene una voce di nome &quot;%1&quot; che uscirebbe dalla cartella di destinazione. L&apos;insieme di credenziali potrebbe essere stato manomesso; esegui semina-cli check.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created: %2.</source>
        <translation>La cartella &quot;%1&quot; non può essere creata: %2.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be created: %2.</source>
        <translation>Il file &quot;%1&quot; non può essere creato: %2.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Non ripristinato: %1</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed: %2.</source>
        <translation>La scrittura di &quot;%1&quot; non è riuscita: %2.</translation>
    </message>
    <message>
        <source>The owner cannot be set: %1.</source>
        <translation>Impossibile impostare il proprietario: %1.</translation>
    </message>
    <message>
        <source>The permissions cannot be set: %1.</source>
        <translation>Impossibile impostare i permessi: %1.</translation>
    </message>
    <message>
        <source>The modification time cannot be set: %1.</source>
        <translation>Impossibile impostare l&apos;ora di modifica: %1.</translation>
    </message>
    <message>
        <source>Name the folder to restore into.</source>
        <translation>Indica la cartella in cui ripristinare.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created: check the path and permissions.</source>
        <translation>La cartella &quot;%1&quot; non può essere creata: controlla il percorso e i permessi.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be opened: %2.</source>
        <translation>La cartella &quot;%1&quot; non può essere aperta: %2.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Ripristino in corso</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be created.</source>
        <translation>Il file &quot;%1&quot; non può essere creato.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be opened for writing: %2.</source>
        <translation>Il file &quot;%1&quot; non può essere aperto in scrittura: %2.</translation>
    </message>
    <message>
        <source>The hard link cannot be created: %1.</source>
        <translation>Impossibile creare il collegamento fisico: %1.</translation>
    </message>
    <message>
        <source>The damaged file cannot be removed: %1.</source>
        <translation>Impossibile rimuovere il file danneggiato: %1.</translation>
    </message>
    <message>
        <source>The folder cannot be opened to set its permissions and time: %1.</source>
        <translation>Impossibile aprire la cartella per impostarne i permessi e l&apos;ora: %1.</translation>
    </message>
    <message>
        <source>The blob %1 is in no index: the vault misses data (run semina-cli check).</source>
        <translation>Il blob %1 non è in alcun indice: all&apos;insieme di credenziali mancano dati (esegui semina-cli check).</translation>
    </message>
    <message>
        <source>The blob %1 has the wrong type.</source>
        <translation>Il blob %1 ha il tipo sbagliato.</translation>
    </message>
    <message>
        <source>Skipped: something else stands on its path or in its place, and the restore neither follows nor removes it (%1).</source>
        <translation>Saltato: qualcos&apos;altro si trova sul suo percorso o al suo posto, e il ripristino non lo segue né lo rimuove (%1).</translation>
    </message>
    <message>
        <source>Skipped: it was replaced or moved while it was being restored, and the restore does not write through what took its place. Restore into a folder nothing else changes.</source>
        <translation>Saltato: è stato sostituito o spostato mentre veniva ripristinato, e il ripristino non scrive attraverso ciò che ne ha preso il posto. Ripristina in una cartella che nient&apos;altro modifica.</translation>
    </message>
    <message>
        <source>Skipped: the link cannot be made in its place (%1).</source>
        <translation>Saltato: il collegamento non può essere creato al suo posto (%1).</translation>
    </message>
    <message>
        <source>Skipped: the link leads outside the restored folder through other links (&quot;%1&quot;), and --no-outside-links refuses such links.</source>
        <translation>Saltato: il collegamento porta fuori dalla cartella ripristinata attraverso altri collegamenti (&quot;%1&quot;), e --no-outside-links rifiuta tali collegamenti.</translation>
    </message>
    <message>
        <source>The refused link cannot be removed again: %1.</source>
        <translation>Il collegamento rifiutato non può essere rimosso di nuovo: %1.</translation>
    </message>
    <message>
        <source>Skipped with its contents: something else stands in the folder&apos;s place and cannot be replaced (%1).</source>
        <translation>Saltata con il suo contenuto: qualcos&apos;altro si trova al posto della cartella e non può essere sostituito (%1).</translation>
    </message>
    <message>
        <source>Skipped: the link points outside the restored folder (&quot;%1&quot;), and --no-outside-links refuses such links.</source>
        <translation>Saltato: il collegamento punta fuori dalla cartella ripristinata (&quot;%1&quot;), e --no-outside-links rifiuta tali collegamenti.</translation>
    </message>
    <message>
        <source>Skipped: a folder stands in the file&apos;s place and is not replaced.</source>
        <translation>Saltato: al posto del file c&apos;è una cartella, che non viene sostituita.</translation>
    </message>
</context>
<context>
    <name>Semina::Vault::VaultLock</name>
    <message>
        <source>The lock is malformed.</source>
        <translation>Il blocco non è ben formato.</translation>
    </message>
    <message>
        <source>its process %1 no longer runs on this machine</source>
        <translation>il suo processo %1 non è più in esecuzione su questo computer</translation>
    </message>
    <message>
        <source>it was last refreshed at %1, more than %2 minutes ago</source>
        <translation>è stato rinnovato l&apos;ultima volta alle %1, più di %2 minuti fa</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <source>check</source>
        <translation>controllo</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>ripristino</translation>
    </message>
    <message>
        <source>key add</source>
        <translation>aggiunta di una chiave</translation>
    </message>
    <message>
        <source>key remove</source>
        <translation>rimozione di una chiave</translation>
    </message>
    <message>
        <source>%1 (process %2 of user &quot;%3&quot; on host &quot;%4&quot;, running since %5, last refreshed %6)</source>
        <translation>%1 (processo %2 dell&apos;utente &quot;%3&quot; sull&apos;host &quot;%4&quot;, in esecuzione dalle %5, rinnovato l&apos;ultima volta alle %6)</translation>
    </message>
    <message>
        <source>it cannot be read and was written more than %1 minutes ago</source>
        <translation>non può essere letto ed è stato scritto più di %1 minuti fa</translation>
    </message>
    <message>
        <source>a lock that cannot be read (%1), written at %2</source>
        <translation>un blocco che non può essere letto (%1), scritto alle %2</translation>
    </message>
    <message>
        <source>Took over the stale lock of %1: %2.</source>
        <translation>Preso il posto del blocco obsoleto di %1: %2.</translation>
    </message>
    <message>
        <source>Other processes are taking the lock on the vault in %1 at this moment: run this again in a minute.</source>
        <translation>Altri processi stanno prendendo in questo momento il blocco sull&apos;insieme di credenziali in %1: riprova tra un minuto.</translation>
    </message>
    <message>
        <source>Removed the stale lock of %1: %2.</source>
        <translation>Rimosso il blocco obsoleto di %1: %2.</translation>
    </message>
    <message>
        <source>Ignored the stale lock of %1: %2. semina-cli unlock --remove-stale removes it.</source>
        <translation>Ignorato il blocco obsoleto di %1: %2. semina-cli unlock --remove-stale lo rimuove.</translation>
    </message>
    <message>
        <source>Another process took over the lock on the vault in %1, as if this %2 had stopped, so it was stopped: run it again once the other job is done.</source>
        <translation>Un altro processo ha preso il blocco sull&apos;insieme di credenziali in %1, come se questa operazione (%2) si fosse fermata, perciò è stata fermata: eseguila di nuovo quando l&apos;altro processo ha finito.</translation>
    </message>
    <message>
        <source>The vault in %1 is in use by another job: %2. Wait for it to finish, then run this %3 again. A lock whose process has ended is removed by itself (at once on the same machine, after %4 minutes elsewhere); if you are sure that job no longer runs, semina-cli unlock removes its lock now.</source>
        <translation>L&apos;insieme di credenziali in %1 è in uso da parte di un altro processo: %2. Attendi che finisca, poi esegui di nuovo questa operazione (%3). Un blocco il cui processo è terminato viene rimosso da solo (subito sullo stesso computer, dopo %4 minuti altrove); se sei certo che quel processo non è più in esecuzione, semina-cli unlock rimuove ora il suo blocco.</translation>
    </message>
    <message>
        <source>This account may only read the vault, so Semina works without a lock of its own: nothing here changes the vault, but a backup or check started elsewhere meanwhile is not held back.</source>
        <translation>Questo account può solo leggere l&apos;insieme di credenziali, quindi Semina lavora senza un proprio blocco: questa operazione non lo modifica, ma un backup o un controllo avviati altrove nel frattempo non vengono trattenuti.</translation>
    </message>
    <message>
        <source>the store last saw it refreshed at %1, more than %2 minutes ago</source>
        <translation>l&apos;archivio lo ha visto rinnovato l&apos;ultima volta alle %1, più di %2 minuti fa</translation>
    </message>
    <message>
        <source>Semina could not write its lock into the vault, so it works without one: nothing here changes the vault, but a backup or check started elsewhere meanwhile is not held back. The cause: %1</source>
        <translation>Semina non è riuscita a scrivere il proprio blocco nell&apos;insieme di credenziali, quindi lavora senza: questa operazione non lo modifica, ma un backup o un controllo avviati altrove nel frattempo non vengono trattenuti. La causa: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Use this language from now on (en or it).</source>
        <translation>Usa questa lingua d&apos;ora in poi (en o it).</translation>
    </message>
    <message>
        <source>Save a picture of every window into this folder and quit.</source>
        <translation>Salva un&apos;immagine di ogni finestra in questa cartella ed esci.</translation>
    </message>
    <message>
        <source>Semina seeds a large first backup on encrypted drives, then keeps it current over the network.
Without options it opens the main window with the six workflows; semina-cli is its twin on the command line.</source>
        <translation>Semina invia un grande primo backup su dischi cifrati, poi lo mantiene aggiornato via rete.
Senza opzioni apre la finestra principale con le sei procedure; semina-cli è il suo gemello a riga di comando.</translation>
    </message>
</context>
</TS>
