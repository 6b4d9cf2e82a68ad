<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
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
        <source>Usage: semina-cli [--lang en|it] COMMAND [ARGUMENTS...]
Seeds a large first backup on encrypted drives, then keeps it current over the network.

Commands:
</source>
        <translation>Uso: semina-cli [--lang en|it] COMANDO [ARGOMENTI...]
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

Exit codes are listed in docs/CLI.md.
</source>
        <translation>
Opzioni:
  --help, -h              Mostra questo aiuto; COMANDO --help mostra quello del comando.
  --version               Mostra la versione.
  --lang en|it            Usa questa lingua d&apos;ora in poi.

I codici di uscita sono elencati in docs/CLI.md.
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
    <name>Semina::Crypto</name>
    <message>
        <source>The cryptographic library failed (%1).</source>
        <translation>La libreria crittografica ha restituito un errore (%1).</translation>
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
    <name>Semina::Ui::ErrorDialog</name>
    <message>
        <source>Semina</source>
        <translation>Semina</translation>
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
        <source>&amp;Cancel</source>
        <translation>&amp;Annulla</translation>
    </message>
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
    <name>main</name>
    <message>
        <source>Use this language from now on (en or it).</source>
        <translation>Usa questa lingua d&apos;ora in poi (en o it).</translation>
    </message>
    <message>
        <source>Save a picture of every window into this folder and quit.</source>
        <translation>Salva un&apos;immagine di ogni finestra in questa cartella ed esci.</translation>
    </message>
</context>
</TS>
