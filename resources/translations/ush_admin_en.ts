<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="tr_TR">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../app/ui/admin/page.py" line="+58"/>
        <location line="+6"/>
        <source>Yönetim</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kullanıcılar</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denetim kaydı</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bakım</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yazı bilgileri</source>
        <translation>Letter details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kullanıcı hesapları, veritabanı yedekleri ve denetim kaydı.</source>
        <translation>User accounts, database backups and the audit trail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veritabanının içeriği</source>
        <translation>Database contents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kayıt</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adet</source>
        <translation>Count</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sağlık tesisi</source>
        <translation>Health facilities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Başvuru</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faaliyet İzin Belgesi</source>
        <translation>Activity permits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USBS üreticisi</source>
        <translation>USBS vendors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kullanıcı</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denetim kaydı girdisi</source>
        <translation>Audit trail entries</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <location filename="../../app/ui/admin/audit_viewer.py" line="+155"/>
        <source>Denetim izi</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kullanıcı:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tablo:</source>
        <translation>Table:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kayıt no:</source>
        <translation>Record no.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Başlangıç:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitiş:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ara</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Temizle</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀ Önceki</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sonraki ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zaman</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kullanıcı</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İşlem</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tablo</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kayıt</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alan</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Önce</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sonra</source>
        <translation>After</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ayrıntılar</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kaydın veritabanında saklandığı hâli (teknik)</source>
        <translation>The record as stored in the database (technical)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>(hepsi)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Ekleme</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Değişiklik</source>
        <translation>Update</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Silme</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Olay</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+35"/>
        <source>Denetim izi okunamadı</source>
        <translation>Could not read the audit trail</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{total} kayıt — sayfa {page}/{pages}</source>
        <translation>{total} entries — page {page}/{pages}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Seçilen kayıt yok.</source>
        <translation>No entry selected.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kayıt {id}: {action}, {table} {row} — {user}, {when}</source>
        <translation>Entry {id}: {action}, {table} {row} — {user}, {when}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(gizli)</source>
        <translation>(hidden)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../app/ui/admin/login.py" line="+94"/>
        <source>Parola değiştir</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{user}: ilk girişiniz ya da parolanız sıfırlandı. Devam etmek için yeni bir parola belirleyin.</source>
        <translation>{user}: this is your first login or your password was reset. Choose a new password to continue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{user} hesabının parolasını değiştirin.</source>
        <translation>Change the password of the account {user}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mevcut parola:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yeni parola:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yeni parola (&amp;tekrar):</source>
        <translation>New password (&amp;again):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parola en az 10 karakter olmalı; harf ve rakam içermeli.</source>
        <translation>The password must have at least 10 characters, with letters and digits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parolayı &amp;kaydet</source>
        <translation>&amp;Save password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vazgeç</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Yeni parola ile tekrarı aynı değil.</source>
        <translation>The new password and its repetition differ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parola çok kısa: en az 10 karakter olmalı.</source>
        <translation>The password is too short: it needs at least 10 characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parolada en az bir harf olmalı.</source>
        <translation>The password needs at least one letter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parolada en az bir rakam olmalı.</source>
        <translation>The password needs at least one digit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parola boşlukla başlayamaz ya da bitemez.</source>
        <translation>The password cannot start or end with a space.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mevcut parola yanlış.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yeni parola eskisiyle aynı olamaz.</source>
        <translation>The new password cannot be the old one.</translation>
    </message>
</context>
<context>
    <name>LetterSettingsPanel</name>
    <message>
        <location filename="../../app/ui/admin/letter_settings.py" line="+67"/>
        <source>İl Sağlık Müdürlüklerinin yazılarının altındaki iletişim satırı ve eksik evrak yazısında başvuru sahibine verilen tamamlama süresi. Boş bırakılan bilgiler yazıda yer almaz.</source>
        <translation>The contact line at the foot of the provincial health directorates&apos; letters, and the time a deficiency letter gives the applicant to complete the file. Details left empty are not printed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>İ&amp;l:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Adres:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Telefon:</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;E-posta:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;KEP adresi:</source>
        <translation>&amp;KEP address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tamamlama &amp;süresi (bütün iller):</source>
        <translation>Completion &amp;period (all provinces):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> gün</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kaydet</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+17"/>
        <location line="+6"/>
        <source>Yazı bilgileri</source>
        <translation>Letter details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{province} için yazı bilgileri kaydedildi.</source>
        <translation>Letter details saved for {province}.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/admin/login.py" line="+141"/>
        <source>USH İzin — Giriş</source>
        <translation>USH İzin — Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USH İzin&apos;e giriş</source>
        <translation>Log in to USH İzin</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+4"/>
        <source>Veritabanı: {engine} {location}</source>
        <translation>Database: {engine} {location}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Yeni veritabanının ilk yönetici hesabı: {user}. Tek kullanımlık parolası: {password} — not edin; yalnızca şimdi gösterilir ve ilk girişte değiştirmeniz istenir.</source>
        <translation>The new database&apos;s first administrator account: {user}. Its one-time password: {password}. Note it down: it is shown only now, and you will be asked to change it at the first login.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Veritabanı açılıyor, lütfen bekleyin…</source>
        <translation>Opening the database, please wait…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kullanıcı adı:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parola:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Giriş</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Çıkış</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Çok sayıda hatalı giriş denemesi yapıldı. Hesabınız {time} saatine kadar kilitli.</source>
        <translation>Too many failed login attempts. Your account is locked until {time}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kullanıcı adı ya da parola yanlış.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bu hesap kapatılmış; giriş yapılamaz. Sistem yöneticinize başvurun.</source>
        <translation>This account is closed; you cannot log in. Contact your administrator.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kullanıcı adını yazın.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Parola değiştirilmeden giriş yapılamaz.</source>
        <translation>You cannot log in without changing the password.</translation>
    </message>
</context>
<context>
    <name>MaintenanceBanner</name>
    <message>
        <location filename="../../app/ui/admin/banner.py" line="+55"/>
        <source>Başarılı bir geri dönüş testi kaydı yok. Yönetmelik (SBYS md. 15) en az altı ayda bir test ve tutanak ister: Bakım sekmesindeki &quot;Geri dönüş testi&quot; ile bir yedeği deneyin.</source>
        <translation>There is no successful restore test on record. The regulation (SBYS art. 15) requires a test and a report at least every six months: try a backup with &quot;Restore test&quot; on the Maintenance tab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Son başarılı geri dönüş testi 6 aydan eski (son başarılı test: {day}). Yönetmelik (SBYS md. 15) en az altı ayda bir test ve tutanak ister: Bakım sekmesindeki &quot;Geri dönüş testi&quot; ile bir yedeği deneyin.</source>
        <translation>The last successful restore test is older than 6 months (last successful test: {day}). The regulation (SBYS art. 15) requires a test and a report at least every six months: try a backup with &quot;Restore test&quot; on the Maintenance tab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yedek: {text}</source>
        <translation>Backup: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Başka yerdeki kopya: {text}</source>
        <translation>Off-site copy: {text}</translation>
    </message>
</context>
<context>
    <name>MaintenancePanel</name>
    <message>
        <location filename="../../app/ui/admin/maintenance.py" line="+143"/>
        <source>Yedekleme ve geri dönüş testi (SBYS md. 14-15)</source>
        <translation>Backup and restore test (SBYS art. 14-15)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Son başarılı geri dönüş testi: {day}.</source>
        <translation>Last successful restore test: {day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Henüz başarılı bir geri dönüş testi yok.</source>
        <translation>No successful restore test yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yedek, veritabanının tutarlı bir kopyasını ve tablo başına kayıt sayılarıyla özetleri içeren bir manifest yazar. Geri dönüş testi bir yedeği geçici bir veritabanına açar, manifestle karşılaştırır ve tutanağı PDF olarak yazar; en az altı ayda bir yapılmalıdır.</source>
        <translation>A backup writes a consistent copy of the database and a manifest with the record count and digest of each table. The restore test opens a backup in a temporary database, compares it with the manifest and writes the report as a PDF; it should be done at least every six months.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Son yedek: {day} ({name}).</source>
        <translation>Last backup: {day} ({name}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Henüz yedek alınmamış.</source>
        <translation>No backup has been taken yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Başka yerdeki son kopya: {day}, {place}.</source>
        <translation>Last off-site copy: {day}, {place}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Başka bir fiziksel yere kopyası kaydedilmemiş (SBYS md. 15).</source>
        <translation>No copy in another physical location has been recorded (SBYS art. 15).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Başka yere &amp;kopyalandı…</source>
        <translation>&amp;Copied off-site…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bir yedeğin başka bir fiziksel yere kopyalandığını kaydet</source>
        <translation>Record that a backup was copied to another physical location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Önce bir yedek alın.</source>
        <translation>Take a backup first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yedek al…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Geri dönüş testi…</source>
        <translation>&amp;Restore test…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Her tablo açık bir biçimde ayrı bir dosyaya yazılır; manifest kayıt sayılarını ve SHA-256 özetlerini verir. Dosyaların alanları, programla gelen &quot;Dışa aktarma biçimi&quot; belgesinde anlatılır.</source>
        <translation>Each table is written to its own file in an open format; the manifest gives record counts and SHA-256 digests. The fields of the files are described in the &quot;Export format&quot; document that comes with the program.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Yedek alındı: {folder} ({n} kayıt). Bir kopyasını başka bir fiziksel yere taşıyınca &quot;Başka yere kopyalandı…&quot; ile kaydedin.</source>
        <translation>Backup taken: {folder} ({n} records). When you have moved a copy to another physical location, record it with &quot;Copied off-site…&quot;.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kopya kaydedildi: {name} → {place} ({day}).</source>
        <translation>Copy recorded: {name} → {place} ({day}).</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Yalnızca Sistem Yöneticisi yapabilir.</source>
        <translation>Only the system administrator can do this.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Yeni bir klasöre yedek al</source>
        <translation>Back up to a new folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bir yedeği deneyip tutanak yaz</source>
        <translation>Test a backup and write a report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tüm verileri dışa aktarma</source>
        <translation>Export of all data</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Biçim:</source>
        <translation>For&amp;mat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dışa &amp;aktar…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tüm verileri bir klasöre aktar (Ctrl+E)</source>
        <translation>Export all data to a folder (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yalnızca Sistem Yöneticisi ve Denetçi yapabilir.</source>
        <translation>Only the system administrator and the auditor can do this.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tüm verileri dışa aktar…</source>
        <translation>Export all data…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+136"/>
        <location line="+8"/>
        <source>Örnek veriler</source>
        <translation>Example data</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Deneme ve eğitim için kurgusal tesisler, başvurular, izin belgeleri ve USBS üreticileri ({n} başvuru). Yalnızca boş bir veritabanına yüklenir; iptal edilirse hiçbir şey yazılmaz.</source>
        <translation>Fictitious facilities, applications, permits and USBS vendors for trying out and training ({n} applications). Loaded only into an empty database; if cancelled, nothing is written.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Örnek verileri &amp;yükle…</source>
        <translation>&amp;Load example data…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Veritabanında kayıt var; örnek veri yalnızca boş veritabanına yüklenir.</source>
        <translation>The database has records; example data is loaded only into an empty database.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Yedeğin yazılacağı klasör</source>
        <translation>Folder for the backup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yedek alınıyor…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Yedek</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Denenecek yedeğin klasörü</source>
        <translation>Folder of the backup to test</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Geri dönüş testi yapılıyor…</source>
        <translation>Running the restore test…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Geri dönüş testi: {result}. Tutanak: {report}</source>
        <translation>Restore test: {result}. Report: {report}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Geri dönüş testi</source>
        <translation>Restore test</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verilerin aktarılacağı klasör</source>
        <translation>Folder for the export</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Veriler dışa aktarılıyor…</source>
        <translation>Exporting the data…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Dışa aktarma</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Dışa aktarıldı: {folder} ({tables} tablo, {n} kayıt).</source>
        <translation>Exported: {folder} ({tables} tables, {n} records).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Veritabanına {n} örnek başvuru ve ilgili kayıtlar eklensin mi? Bunlar kurgusaldır; gerçek işe boş veritabanıyla başlayın.</source>
        <translation>Add {n} example applications and their related records to the database? They are fictitious; start real work with an empty database.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yükle</source>
        <translation>Load</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Örnek veriler oluşturuluyor…</source>
        <translation>Creating example data…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Örnek veriler yüklendi.</source>
        <translation>Example data loaded.</translation>
    </message>
</context>
<context>
    <name>OffsiteCopyDialog</name>
    <message>
        <location filename="../../app/ui/admin/offsite_dialog.py" line="+63"/>
        <source>Yedeğin başka yerdeki kopyası</source>
        <translation>Off-site copy of a backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yönetmelik (SBYS md. 15) yedeğin bir kopyasının başka bir fiziksel yerde saklanmasını ister. Kopyaladığınız yedeği, kopyanın yerini ve tarihini kaydedin.</source>
        <translation>The regulation (SBYS art. 15) requires a copy of the backup to be kept in another physical location. Record the backup you copied, where the copy is and when it was made.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Yedek:</source>
        <translation>&amp;Backup:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Yer (bina, kasa, sunucu):</source>
        <translation>&amp;Location (building, safe, server):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kopyalama tarihi:</source>
        <translation>&amp;Date copied:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Açıklama:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kaydet</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vazgeç</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kopya kaydediliyor…</source>
        <translation>Recording the copy…</translation>
    </message>
</context>
<context>
    <name>ReceiverDialog</name>
    <message>
        <location filename="../../app/ui/admin/receiver_dialog.py" line="+39"/>
        <source>Tutanağı imzalayacak hizmet alan temsilcisi</source>
        <translation>Service receiver&apos;s representative who signs the report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yönetmelik (SBYS md. 15) geri dönüş testi tutanağını hizmet alanın temsilcisinin de imzalamasını ister. Temsilcinin bilgilerini yazın; boş bıraktıklarınız tutanakta elle doldurulacak satır olarak kalır.</source>
        <translation>The regulation (SBYS art. 15) requires the service receiver&apos;s representative to sign the restore test report too. Enter the representative&apos;s details; fields you leave blank stay on the report as lines to fill in by hand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Adı soyadı:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Unvanı:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kurumu:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teste başla</source>
        <translation>Start the test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vazgeç</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UserAdminWidget</name>
    <message>
        <location filename="../../app/ui/admin/user_admin.py" line="+184"/>
        <source>Kullanıcılar</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kullanıcı adı</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ad soyad</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İl</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Durum</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unvan</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ekle…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Düzenle…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kilidi &amp;aç</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parola sıfırla</source>
        <translation>&amp;Reset password</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kapalı</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kilitli (bitiş: {until})</source>
        <translation>Locked (until {until})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Etkin — parola değişmeli</source>
        <translation>Active — must change password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etkin</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kullanıcılar okunamadı</source>
        <translation>Could not read the users</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Hesabı a&amp;ç</source>
        <translation>Re&amp;open account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hesabı &amp;kapat</source>
        <translation>&amp;Close account</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+3"/>
        <source>Hesabı kapat</source>
        <translation>Close account</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>{user} hesabı kapatılsın mı? Kapalı hesapla giriş yapılamaz; kayıtları ve denetim izi korunur.</source>
        <translation>Close the account {user}? A closed account cannot log in; its records and audit trail are kept.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hesap kapatılamadı</source>
        <translation>Could not close the account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hesap açılamadı</source>
        <translation>Could not reopen the account</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kilit açılamadı</source>
        <translation>Could not unlock the account</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Parola sıfırla</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{user} için geçici bir parola üretilsin mi? Kullanıcı ilk girişte parolasını değiştirmek zorunda kalacak.</source>
        <translation>Generate a temporary password for {user}? The user will have to change it at the next login.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parolayı sıfırla</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parola sıfırlanamadı</source>
        <translation>Could not reset the password</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Geçici parola</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{user} için geçici parola: {password}

Parola panoya kopyalandı. Kullanıcıya güvenli bir yoldan iletin; ilk girişte değiştirmesi gerekecek. Bu parola bir daha gösterilmez.</source>
        <translation>Temporary password for {user}: {password}

The password was copied to the clipboard. Pass it to the user securely; it must be changed at the first login. It will not be shown again.</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <location line="-233"/>
        <source>Kullanıcı ekle</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kullanıcıyı düzenle</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kullanıcı adı:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Ad soyad:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Unvan:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rol:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>İ&amp;l:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kaydet</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vazgeç</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Kullanıcı eklenemedi</source>
        <translation>Could not add the user</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kullanıcı kaydedilemedi</source>
        <translation>Could not save the user</translation>
    </message>
</context>
</TS>
