<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="tr_TR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+270"/>
        <source>{app} hakkında</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sürüm {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uzaktan sağlık hizmeti (USH) faaliyet izni başvurularının İSM, SHGM ve KTS birimlerinde takibi.</source>
        <translation>Tracking of remote health service (USH) activity permit applications at the İSM, SHGM and KTS units.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qt {qt} · PySide6 {pyside}</source>
        <translation>Qt {qt} · PySide6 {pyside}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kapat</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location line="-65"/>
        <location line="+6"/>
        <source>Yönetim</source>
        <translation>Administration</translation>
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
    <name>Etiketler</name>
    <message>
        <location filename="../../app/ui/labels.py" line="+17"/>
        <source>Alındı</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İncelemede</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eksik evrak bildirildi</source>
        <translation>Missing documents notified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uygun bildirildi</source>
        <translation>Notified as suitable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHGM&apos;ye iletildi</source>
        <translation>Forwarded to SHGM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uygun değil (kapandı)</source>
        <translation>Not suitable (closed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHGM alanları belirledi</source>
        <translation>Areas decided by SHGM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ÇKYS&apos;ye kaydedildi</source>
        <translation>Recorded in ÇKYS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İzin belgesi düzenlendi</source>
        <translation>Permit issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHGM reddetti</source>
        <translation>Rejected by SHGM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geri çekildi</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>İSM Personeli</source>
        <translation>İSM officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İSM Yöneticisi</source>
        <translation>İSM manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHGM İnceleme Uzmanı</source>
        <translation>SHGM reviewer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHGM Onay Yetkilisi</source>
        <translation>SHGM approver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KTS Personeli (SBSGM)</source>
        <translation>KTS officer (SBSGM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sistem Yöneticisi</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denetçi (salt okunur)</source>
        <translation>Auditor (read only)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Başvuru aşamasında</source>
        <translation>Applying</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktif liste</source>
        <translation>Active list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pasif liste</source>
        <translation>Passive list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silinmiş</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Veritabanı: {engine} — {location}</source>
        <translation>Database: {engine} — {location}</translation>
    </message>
</context>
<context>
    <name>FirstRunQuestion</name>
    <message>
        <location filename="../../app/ui/startup_dialogs.py" line="+190"/>
        <source>İlk açılış</source>
        <translation>First start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veritabanı boş. Örnek verilerle doldurulsun mu?</source>
        <translation>The database is empty. Fill it with example data?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Örnek veriler yalnızca deneme ve eğitim içindir: kurgusal sağlık tesisleri, başvurular, izin belgeleri ve USBS üreticileri eklenir. Gerçek işe boş veritabanıyla başlayın.</source>
        <translation>Example data is for trying out and training only: fictitious health facilities, applications, permits and USBS vendors are added. Start real work with an empty database.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evet</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hayır</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Hatalar</name>
    <message>
        <location filename="../../app/ui/errors.py" line="+14"/>
        <source>Yerel veritabanı dosyası bozuk ya da açılamıyor. Dosyaya dokunulmadı.</source>
        <translation>The local database file is damaged or cannot be opened. The file was not touched.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL sunucusuna bağlanılamadı. Sunucu kapalı olabilir ya da ağ bağlantısı yok.</source>
        <translation>Could not connect to the PostgreSQL server. The server may be down or the network unavailable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL sunucusu kullanıcı adını ya da parolayı kabul etmedi.</source>
        <translation>The PostgreSQL server did not accept the user name or password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sunucuda bu adda bir veritabanı yok.</source>
        <translation>There is no database with this name on the server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bu veritabanı uygulamanın daha yeni bir sürümüyle güncellenmiş; bu sürüm onu açamaz. Veritabanına dokunulmadı. Lütfen uygulamayı güncelleyin.</source>
        <translation>This database was upgraded by a newer version of the application; this version cannot open it. The database was not touched. Please update the application.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bu veritabanı USH İzin&apos;e ait değil. Veritabanına dokunulmadı; başka bir veritabanı seçin.</source>
        <translation>This database does not belong to USH İzin. It was not touched; choose another database.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ayar dosyasındaki veritabanı adresinde parola var. Parolayı adresten silin ve Ayarlar&apos;dan girin.</source>
        <translation>The database address in the settings file contains a password. Remove it from the address and enter it under Settings.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Veritabanı şeması güncellenmeli, ancak önce yedek alınamadı.</source>
        <translation>The database schema must be upgraded, but a backup could not be made first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Veritabanı adresi geçersiz.</source>
        <translation>The database address is not valid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bu bilgisayarda güvenli anahtar deposu (keyring) bulunamadı; parola kaydedilmedi. Parola bu oturum boyunca bellekte tutulacak ve her açılışta sorulacak.</source>
        <translation>No secure key store (keyring) was found on this computer; the password was not saved. It is kept in memory for this session and will be asked at every start.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Neden kodu: {reason}</source>
        <translation>Reason code: {reason}</translation>
    </message>
</context>
<context>
    <name>IsmPage</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="-86"/>
        <source>İSM</source>
        <translation>Province (İSM)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>İSM — İl Sağlık Müdürlüğü</source>
        <translation>İSM — Provincial Health Directorate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Başvuru kabulü, Ek-1 kontrol listesine göre inceleme ve başvuru sahibine 15 gün içinde bildirim (uygun, uygun değil ya da eksik evrak).</source>
        <translation>Receiving applications, review against the Annex 1 (Ek-1) checklist and notifying the applicant within 15 days (suitable, not suitable or missing documents).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duruma göre başvurular</source>
        <translation>Applications by state</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durum</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Başvuru</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toplam</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>15 günlük bildirim süresi işleyen başvuru: {n}</source>
        <translation>Applications with the 15-day notification clock running: {n}</translation>
    </message>
</context>
<context>
    <name>KtsPage</name>
    <message>
        <location line="+31"/>
        <source>KTS</source>
        <translation>KTS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KTS — Kayıt ve Tescil Sistemi</source>
        <translation>KTS — Registration System</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USBS üreticilerinin kaydı ve denetimi; aktif, pasif ve silinmiş listelerin takibi (SBSGM).</source>
        <translation>Registration and audit of USBS vendors; tracking of the active, passive and deleted lists (SBSGM).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liste durumuna göre USBS üreticileri</source>
        <translation>USBS vendors by list status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Üretici</source>
        <translation>Vendors</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toplam</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durum, bugün geçerli olan son liste kararına göredir.</source>
        <translation>The status is the latest list decision in force today.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location line="+158"/>
        <source>&amp;Dosya</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ayarlar…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yenile</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Çı&amp;kış</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yardım</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hakkında…</source>
        <translation>&amp;About…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kullanıcı: {name} ({role})</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Ayarlar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yeni veritabanı bağlantısı uygulama yeniden başlatıldığında kullanılacak.</source>
        <translation>The new database connection will be used when the application is restarted.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../app/ui/startup_dialogs.py" line="-37"/>
        <source>Veritabanı parolası</source>
        <translation>Database password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{user} kullanıcısının parolası ({where}):</source>
        <translation>Password of user {user} ({where}):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parolayı bu bilgisayarın anahtar deposunda sakla</source>
        <translation>Keep the password in this computer&apos;s key store</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bağlan</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vazgeç</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="+165"/>
        <location line="+111"/>
        <source>Ayarlar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Veritabanı bağlantısı</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yerel veritabanı (SQLite)</source>
        <translation>Local database (SQLite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ortak sunucu (PostgreSQL)</source>
        <translation>Shared server (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dosya:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gözat…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunucu:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bağlantı noktası:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veritabanı:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kullanıcı adı:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parola:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>anahtar deposunda kayıtlı; değiştirmek için yazın</source>
        <translation>stored in the key store; type to change it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bağlantıyı sına</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dil</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arayüz dili:</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dil değişikliği hemen uygulanır ve ayarlara kaydedilir.</source>
        <translation>A language change applies at once and is saved in the settings.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tamam</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vazgeç</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Yerel veritabanı dosyası</source>
        <translation>Local database file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite veritabanı (*.db *.sqlite)</source>
        <translation>SQLite database (*.db *.sqlite)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dosya</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sunucu</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Veritabanı</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kullanıcı adı</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>Eksik alan: {fields}</source>
        <translation>Missing field: {fields}</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Bağlantı başarılı: {version}</source>
        <translation>Connection successful: {version}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Parola kaydedilmedi</source>
        <translation>Password not saved</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ayarlar kaydedilemedi: {error}</source>
        <translation>The settings could not be saved: {error}</translation>
    </message>
</context>
<context>
    <name>ShgmPage</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="-233"/>
        <source>SHGM</source>
        <translation>SHGM</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SHGM — Sağlık Hizmetleri Genel Müdürlüğü</source>
        <translation>SHGM — General Directorate of Health Services</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>İSM&apos;den gelen başvurularda USH alanlarının belirlenmesi, ÇKYS kaydı ve Faaliyet İzin Belgesi düzenlenmesi.</source>
        <translation>For applications forwarded by the İSM: deciding the USH areas, recording them in ÇKYS and issuing the activity permit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHGM&apos;deki başvurular</source>
        <translation>Applications at SHGM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durum</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Başvuru</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kayıtlı Faaliyet İzin Belgesi: {n}</source>
        <translation>Activity permits on record: {n}</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/ui/application.py" line="+137"/>
        <source>Ayarlar kaydedilemedi: {error}</source>
        <translation>The settings could not be saved: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kullanılamayan veritabanı dosyasına dokunulmadı ({bad}); yeni dosya: {fresh}</source>
        <translation>The unusable database file was not touched ({bad}); new file: {fresh}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bu oturumda yerel veritabanı kullanılıyor; ortak sunucu ayarı değişmedi.</source>
        <translation>The local database is used for this session; the shared server setting is unchanged.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Veritabanı şeması güncellendi (önceki sürüm {old}). Yedek: {backup}</source>
        <translation>The database schema was upgraded (previous version {old}). Backup: {backup}</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+37"/>
        <source>Örnek veriler</source>
        <translation>Example data</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Örnek veri modülü bu kurulumda bulunmuyor; veritabanı boş kaldı.</source>
        <translation>The example data module is not part of this installation; the database stays empty.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Örnek veriler oluşturuluyor…</source>
        <translation>Creating example data…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vazgeç</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Örnek başvurular oluşturuluyor: {done} / {total}</source>
        <translation>Creating example applications: {done} / {total}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Örnek veriler oluşturulamadı: {error}</source>
        <translation>The example data could not be created: {error}</translation>
    </message>
</context>
<context>
    <name>StartupErrorDialog</name>
    <message>
        <location filename="../../app/ui/startup_dialogs.py" line="-70"/>
        <location line="+1"/>
        <source>Veritabanına ulaşılamıyor</source>
        <translation>The database cannot be reached</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ayrıntılar</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tekrar dene</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parolayı gir…</source>
        <translation>Enter password…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ayarlar…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yerel veritabanıyla devam et</source>
        <translation>Continue with the local database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Çık</source>
        <translation>Quit</translation>
    </message>
</context>
</TS>
