<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="tr_TR">
<context>
    <name>Alanlar</name>
    <message>
        <location filename="../../app/workflows/common/field_labels.py" line="+12"/>
        <source>Erişim kodunun kapanış tarihi</source>
        <translation>Access code closes on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erişim kodunun veriliş tarihi</source>
        <translation>Access code issued on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Okunduğu zaman</source>
        <translation>Acknowledged at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Okuyan kullanıcı</source>
        <translation>Acknowledged by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İşlem</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etkin</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>İşlemi yapan</source>
        <translation>Done by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sonra</source>
        <translation>After</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Değiştirdiği izin</source>
        <translation>Amends permit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cevap</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cevaplandığı zaman</source>
        <translation>Answered at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cevaplayan</source>
        <translation>Answered by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Başvuru</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Başvuru sayısı</source>
        <translation>Number of applications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USH alanı</source>
        <translation>USH area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alan farkının gerekçesi</source>
        <translation>Reason for the area difference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zaman</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denetim</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denetim testi</source>
        <translation>Audit test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yedek</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yedeğin alındığı zaman</source>
        <translation>Backup taken at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yedek dosyası</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yedeğin SHA-256 özeti</source>
        <translation>Backup SHA-256 digest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dayanak</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Önce</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metin</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branş</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yapan</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Değişiklik tarihi</source>
        <translation>Changed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geliş kanalı</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gelen evrak no</source>
        <translation>Incoming document no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontrol metni</source>
        <translation>Check text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontrol eden</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ÇKYS kodu</source>
        <translation>ÇKYS code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ÇKYS&apos;ye aktarıldığı zaman</source>
        <translation>Exported to ÇKYS at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ÇKYS&apos;ye işlendiği zaman</source>
        <translation>Recorded in ÇKYS at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ÇKYS referansı</source>
        <translation>ÇKYS reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İstemci</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Şikâyet eden</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Şikâyet konusu</source>
        <translation>Complaint subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tamamlanma tarihi</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+110"/>
        <source>İçerik</source>
        <translation>Payload</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Kopyalandığı tarih</source>
        <translation>Copied on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kayıt sayıları</source>
        <translation>Record counts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oluşturulma zamanı</source>
        <translation>Created at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oluşturan</source>
        <translation>Created by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ölçüt sürümü</source>
        <translation>Criteria version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ek-1 maddesi</source>
        <translation>Ek-1 item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veritabanı adı</source>
        <translation>Database name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veritabanı açık</source>
        <translation>Database open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Son tarih</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Karar zamanı</source>
        <translation>Decided at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Karar veren</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHGM kararı</source>
        <translation>SHGM decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Açıklama</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ayrıntı</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İlçe</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belge</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belge türü</source>
        <translation>Document kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belge referansı</source>
        <translation>Document reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>Yapıldığı tarih</source>
        <translation>Performed on</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Mükerrer olduğu izin</source>
        <translation>Duplicate of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EBYS sayısı</source>
        <translation>EBYS number</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+171"/>
        <source>Geçerlilik başlangıcı</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Geçerlilik tarihi</source>
        <translation>Effective on</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+170"/>
        <source>Geçerlilik sonu</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Ek-1 sürümü</source>
        <translation>Ek-1 version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-posta adresi</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kayıt sayısı</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hata</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Değerlendiren</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Değerlendirenin ili</source>
        <translation>Evaluator&apos;s province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Olay</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&apos;sen</source>
        <translation>Ex officio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&apos;sen izin verilebilir</source>
        <translation>Ex officio allowed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&apos;sen düzenleme gerekçesi</source>
        <translation>Ex officio reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dışa aktarım</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sağlık tesisi</source>
        <translation>Health facility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Başarısız giriş sayısı</source>
        <translation>Failed logins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dosya</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dosya özeti (SHA-256)</source>
        <translation>File digest (SHA-256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dosya adı</source>
        <translation>File name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dosya zaten vardı</source>
        <translation>File already existed</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Ad</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Giderildiği tarih</source>
        <translation>Fixed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klasör</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biçim</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Önceki</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Önceki durum</source>
        <translation>Previous state</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad soyad</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+76"/>
        <source>Gerekçe</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+76"/>
        <source>Gerekçeler</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Özet (hash)</source>
        <translation>Hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Son halka özeti</source>
        <translation>Head hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kayıt no</source>
        <translation>Record no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Düzenlenme zamanı</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Düzenleyen</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Düzenlenme tarihi</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Madde puanları</source>
        <translation>Item scores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maddeler</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KEP adresi</source>
        <translation>KEP address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anahtar</source>
        <translation>Key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anahtar parmak izi</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tür</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KTS firma kodu</source>
        <translation>KTS firm code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KTS kayıt no</source>
        <translation>KTS registration no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Son özet</source>
        <translation>Last hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Son kayıt no</source>
        <translation>Last record no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soyad</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Son değer</source>
        <translation>Last value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hukuki dayanak</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yazı tarihi</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diploma/tescil no</source>
        <translation>Licence no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lisans askı başlangıcı</source>
        <translation>Licence suspended from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lisans askı sonu</source>
        <translation>Licence suspended until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lisans geçerlilik sonu</source>
        <translation>Licence valid until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saklandığı yer</source>
        <translation>Stored at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kilit bitişi</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arama anahtarı</source>
        <translation>Lookup key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yapıldığı zaman</source>
        <translation>Made at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ana lisans no</source>
        <translation>Main licence no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorumlu müdür</source>
        <translation>Responsible manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorumlu müdürün TC kimlik no</source>
        <translation>Responsible manager&apos;s TC identity no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dosya türü</source>
        <translation>Media type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MERSİS no</source>
        <translation>MERSİS no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uyuşmayan tablolar</source>
        <translation>Mismatched tables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yöntem</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parola değiştirilmeli</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arama adı</source>
        <translation>Search name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bakanlık izni gerekir</source>
        <translation>Needs ministry permission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ÜTS kaydı gerekir</source>
        <translation>Needs ÜTS registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yeni değer</source>
        <translation>New value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notlar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bildirim yazısı</source>
        <translation>Notification letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bildirim tarihi</source>
        <translation>Notified on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numara</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memur</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Başarılı</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eski değer</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tarih</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kurum</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>Kaynak</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>İşletim sistemi</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İşletim sistemi açık</source>
        <translation>Operating system open</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Sonuç</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Geçici dosya</source>
        <translation>Temporary file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parola özeti</source>
        <translation>Password hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dosya yolu</source>
        <translation>File path</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>İzin belgesi</source>
        <translation>Permit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İzin no</source>
        <translation>Permit no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planlanan tarih</source>
        <translation>Planned on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Önceki özet</source>
        <translation>Previous hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorunlar</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USBS yazılımı</source>
        <translation>USBS product</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>Sürüm</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Meslek</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sağlık meslek mensubu</source>
        <translation>Health professional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İl</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Açık anahtar</source>
        <translation>Public key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En erken yeniden başvuru</source>
        <translation>Reapply not before</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alındığı zaman</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alındığı tarih</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alıcı</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kayıt zamanı</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kaydeden</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silinen geçici dosya</source>
        <translation>Temporary file removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutanak</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talep evrakı</source>
        <translation>Request document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İstenen işlem</source>
        <translation>Required action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Çözüldüğü tarih</source>
        <translation>Resolved on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kullanımdan kalktığı tarih</source>
        <translation>Retired on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İzin belgesi sürümü</source>
        <translation>Permit revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revizyon no</source>
        <translation>Revision no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İptal gerekçesi</source>
        <translation>Revocation reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İptal zamanı</source>
        <translation>Revoked at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İptal eden</source>
        <translation>Revoked by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İptal tarihi</source>
        <translation>Revoked on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kayıt</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satırlar</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sayı</source>
        <translation>Document number (sayı)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gizli değer özeti</source>
        <translation>Secret hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Güvenlik raporu</source>
        <translation>Security report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Güvenlik özeti</source>
        <translation>Security summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Güvenlik testi</source>
        <translation>Security test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Örnek veri tohumu</source>
        <translation>Example data seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gönderim kanalı</source>
        <translation>Sending channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gönderim tarihi</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Özet (SHA-256)</source>
        <translation>Digest (SHA-256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taraf</source>
        <translation>Side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İmzalayanlar</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İmza yetkilisi</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İmza</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İmza sahibi</source>
        <translation>Signature subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İmzalı</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>İmzalayan</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boyut</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sıra</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personel sayısı</source>
        <translation>Staff count</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aşama</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Durum</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Konu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yenilendiği tarih</source>
        <translation>Superseded on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tablo</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tablolar</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vergi kimlik no</source>
        <translation>Tax identity no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TC kimlik no</source>
        <translation>TC identity no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TC kimlik no özeti</source>
        <translation>TC identity no. hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ekip</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ekip üyeleri</source>
        <translation>Team members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ekibin ili</source>
        <translation>Team&apos;s province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test zamanı</source>
        <translation>Tested at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metinlerin şablonları</source>
        <translation>Text templates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unvan</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sonraki</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yeni durum</source>
        <translation>New state</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bugün</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tesis türü</source>
        <translation>Facility type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yükleyen</source>
        <translation>Uploaded by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kullanıcı</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kullanıcı adı</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geçerli</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Değer</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USBS üreticisi</source>
        <translation>USBS producer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doğrulama kodu</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uyarı</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Çalışma izni</source>
        <translation>Work permit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Çalışma izni no</source>
        <translation>Work permit no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yıl</source>
        <translation>Year</translation>
    </message>
</context>
<context>
    <name>Bağlantı</name>
    <message>
        <location filename="../../app/workflows/admin/connection.py" line="+143"/>
        <source>Bağlantı başarılı: SQLite {version} (dosya henüz yok; ilk açılışta oluşturulacak)</source>
        <translation>Connection successful: SQLite {version} (no file yet; it will be created on first start)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bağlantı başarılı: {engine} {version}</source>
        <translation>Connection successful: {engine} {version}</translation>
    </message>
</context>
<context>
    <name>Belge doğrulama</name>
    <message>
        <location filename="../../app/workflows/common/verification.py" line="+136"/>
        <source>İzin {number} {since} tarihinde iptal edilmiştir. Gerekçe: {reason}</source>
        <translation>Permit {number} was revoked on {since}. Reason: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İzin {number} {since} tarihinde iptal edilmiştir.</source>
        <translation>Permit {number} was revoked on {since}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bu belge (revizyon {rev}) {on} tarihinde yenilenmiştir; geçerli belge {number} numaralı iznin {now}. revizyonudur.</source>
        <translation>This document (revision {rev}) was superseded on {on}; the valid document is revision {now} of permit {number}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>İzin {number} {since} tarihinden itibaren {until} tarihine kadar askıya alınmıştır.</source>
        <translation>Permit {number} is suspended from {since} until {until}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>İzin {number} {since} tarihinden itibaren askıya alınmıştır.</source>
        <translation>Permit {number} is suspended from {since}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text} Gerekçe: {reason}</source>
        <translation>{text} Reason: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>İzin {number} henüz yürürlükte değil.</source>
        <translation>Permit {number} is not yet in force.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Geçerli: {number} numaralı USH faaliyet izni, revizyon {rev}, {facility}.</source>
        <translation>Valid: USH operating permit {number}, revision {rev}, {facility}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+50"/>
        <source>Doğrulama kodu bilinmiyor: “{code}” bu sistemde düzenlenmiş bir izin belgesine ait değil.</source>
        <translation>Unknown verification code: “{code}” does not belong to a permit issued by this system.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Belgede doğrulama kodu bulunamadı; bu dosya bu sistemde düzenlenmiş bir izin belgesi değil ya da bozulmuş.</source>
        <translation>No verification code was found in the document; this file is not a permit issued by this system, or it is damaged.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>İmza bozuk ya da yok: belgede geçerli bir elektronik imza bulunamadı.</source>
        <translation>Signature broken or missing: the document carries no valid electronic signature.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>İmza bozuk: belge imzalandıktan sonra içeriği değiştirilmiş.</source>
        <translation>Signature broken: the document&apos;s content was changed after it was signed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>İmza bu sistemin imza sertifikasıyla atılmamış (imzalayan: {signer}); belge güvenilir değil.</source>
        <translation>The signature was not made with this system&apos;s signing certificate (signer: {signer}); the document cannot be trusted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>İçerik değiştirilmiş: dosya kayıtlı izin belgesiyle aynı değil.</source>
        <translation>Content changed: the file is not the same as the stored permit.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{reason} Not: belge demo sertifikasıyla imzalanmış bir örnek belgedir.</source>
        <translation>{reason} Note: the document is a sample signed with a demo certificate.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DEMO BELGE — resmî geçerliliği yoktur: demo sertifikasıyla imzalanmış örnek belge. {reason}</source>
        <translation>DEMO DOCUMENT — no official validity: a sample signed with a demo certificate. {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Geçersiz: belge demo sertifikasıyla imzalanmış bir örnek belgedir; demo veritabanı dışında demo imza geçerli değildir.</source>
        <translation>Invalid: the document is a sample signed with a demo certificate; outside a demo database a demo signature is not valid.</translation>
    </message>
    <message>
        <location filename="../../app/workflows/common/document_status.py" line="+69"/>
        <source>{number} ({vendor}): belge {day} tarihinde iptal edilmiştir.</source>
        <translation>{number} ({vendor}): the certificate was revoked on {day}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number} ({vendor}): belge henüz geçerli değil; geçerlilik {day} tarihinde başlar.</source>
        <translation>{number} ({vendor}): the certificate is not valid yet; it is valid from {day}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number} ({vendor}): belgenin geçerlilik süresi {day} tarihinde sona ermiştir.</source>
        <translation>{number} ({vendor}): the certificate&apos;s validity ended on {day}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number} ({vendor}): üretici pasif listededir; pasif üretici aktif listeye dönene kadar KTS Yetki Belgesi kullanamaz.</source>
        <translation>{number} ({vendor}): the producer is on the passive list; a passive producer may not use a KTS Yetki Belgesi until it is back on the active list.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{number} ({vendor}): üretici KTS aktif listesinde değil (durumu: {status}).</source>
        <translation>{number} ({vendor}): the producer is not on the KTS active list (status: {status}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} ({vendor}): geçerli KTS Yetki Belgesi; {start} – {end} arası geçerlidir, üretici aktif listededir.</source>
        <translation>{number} ({vendor}): valid KTS Yetki Belgesi; valid from {start} to {end}, the producer is on the active list.</translation>
    </message>
</context>
<context>
    <name>Belge türleri</name>
    <message>
        <location filename="../../app/workflows/common/vocabulary.py" line="+80"/>
        <source>Uygun</source>
        <translation>Suitable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eksik evrak</source>
        <translation>Missing documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uygun değil</source>
        <translation>Not suitable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Başvuru dilekçesi / formu</source>
        <translation>Application letter / form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faaliyet izin belgesi / ruhsat</source>
        <translation>Activity permit / licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meslek mensupları listesi</source>
        <translation>List of professionals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Çalışma belgesi</source>
        <translation>Work permit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>KTS Yetki Belgesi</source>
        <translation>KTS authorisation certificate</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Altyapı ve donanım bilgi formu</source>
        <translation>Infrastructure and equipment form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tıbbi cihaz listesi (ÜTS)</source>
        <translation>Medical device list (ÜTS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilgilendirme ve onam metni</source>
        <translation>Information and consent text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kayıt ve veri güvenliği politikası</source>
        <translation>Records and data security policy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiyat listesi</source>
        <translation>Price list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taahhütname</source>
        <translation>Undertaking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bildirim yazısı</source>
        <translation>Notification letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faaliyet İzin Belgesi</source>
        <translation>Operating permit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diğer</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Belge</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>Bildirim</name>
    <message>
        <location filename="../../app/workflows/common/notices.py" line="+49"/>
        <source>{since} tarihinden itibaren iptal edildi</source>
        <translation>was revoked as of {since}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İptal edilen izinle uzaktan sağlık hizmeti sunulamaz; belgenin her görüntüsünde ve çıktısında “İPTAL EDİLMİŞTİR” yazar.</source>
        <translation>A revoked permit may not be used to provide remote health services; every view and printout of the document is marked “İPTAL EDİLMİŞTİR” (revoked).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>İzin iptal edildi: {number} {facility}</source>
        <translation>Permit revoked: {number} {facility}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{since} tarihinden itibaren (kaldırılana kadar)</source>
        <translation>from {since} (until lifted)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>askıya alındı ({period})</source>
        <translation>was suspended ({period})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Askı süresince bu izinle uzaktan sağlık hizmeti sunulamaz.</source>
        <translation>While it is suspended, this permit may not be used to provide remote health services.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İzin askıya alındı: {number} {facility}</source>
        <translation>Permit suspended: {number} {facility}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{facility} (ÇKYS {ckys}) tesisinin {number} numaralı USH faaliyet izni {what}.
Gerekçe: {reason}

{consequence}</source>
        <translation>The USH activity permit no. {number} of {facility} (ÇKYS {ckys}) {what}.
Reason: {reason}

{consequence}</translation>
    </message>
</context>
<context>
    <name>Cevaplar</name>
    <message>
        <location filename="../../app/workflows/common/vocabulary.py" line="-41"/>
        <source>Uygun</source>
        <translation>Suitable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uygun Değil</source>
        <translation>Not suitable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eksik</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uygulanmaz</source>
        <translation>Not applicable</translation>
    </message>
</context>
<context>
    <name>Denetim</name>
    <message>
        <location filename="../../app/workflows/admin/audit_view.py" line="+38"/>
        <source>Ekleme</source>
        <translation>Insertion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Değişiklik</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silme</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Olay</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Evet</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hayır</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>({n} öğe; Ayrıntılar&apos;da)</source>
        <translation>({n} items; see Details)</translation>
    </message>
</context>
<context>
    <name>Doğrulama</name>
    <message>
        <location filename="../../app/workflows/common/validation.py" line="+20"/>
        <location line="+128"/>
        <source>{label} boş olamaz.</source>
        <translation>{label} must not be empty.</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>{label} yalnızca rakamlardan oluşmalıdır.</source>
        <translation>{label} must consist of digits only.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} {length} haneli olmalıdır.</source>
        <translation>{label} must have {length} digits.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>TC kimlik numarası</source>
        <translation>TC identity number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label} 0 ile başlayamaz.</source>
        <translation>{label} cannot start with 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source>{label} geçersiz (kontrol hanesi tutmuyor).</source>
        <translation>{label} is invalid (the check digit does not match).</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Vergi kimlik numarası</source>
        <translation>Tax identity number</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>MERSİS numarası</source>
        <translation>MERSİS number</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{label} en fazla {max} karakter olabilir ({given} karakter girildi).</source>
        <translation>{label} may have at most {max} characters ({given} characters entered).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} geçersiz bir denetim karakteri içeriyor ({char}); metni yeniden yazın ya da yapıştırılan metni temizleyin.</source>
        <translation>{label} contains an invalid control character ({char}); retype the text or clean up the pasted text.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label} geçersiz: ad@alan.uzantı biçiminde olmalıdır.</source>
        <translation>{label} is invalid: it must have the form name@domain.tld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-posta adresi</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{label} geçersiz: alan koduyla birlikte bir Türkiye numarası olmalıdır (ör. 0232 123 45 67 ya da +90 532 123 45 67).</source>
        <translation>{label} is invalid: it must be a Türkiye number with its area code (e.g. 0232 123 45 67 or +90 532 123 45 67).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ÇKYS kurum kodu</source>
        <translation>ÇKYS institution code</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label} geçersiz: 4-12 rakamdan oluşmalıdır (ör. 123456 ya da 35-0001).</source>
        <translation>{label} is invalid: it must consist of 4-12 digits (e.g. 123456 or 35-0001).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{label} bir tarih ve saat olmalıdır.</source>
        <translation>{label} must be a date and time.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} saat dilimi olmadan verilmiş; tarih ve saat Türkiye saatiyle (saat dilimiyle) verilmelidir.</source>
        <translation>{label} was given without a time zone; date and time must be given in Türkiye time (with the time zone).</translation>
    </message>
    <message>
        <location filename="../../app/workflows/common/input_guard.py" line="+78"/>
        <source>{label}: saat dilimi olmayan bir zaman verildi (iç hata); kayıt yapılmadı.</source>
        <translation>{label}: a time without a time zone was given (internal error); nothing was saved.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{label}: bilinmeyen kod ya da kayıt ({value}).</source>
        <translation>{label}: unknown code or record ({value}).</translation>
    </message>
    <message>
        <location filename="../../app/workflows/admin/letter_settings.py" line="+35"/>
        <source>Tamamlama süresi 1 ile {max} gün arasında olmalıdır.</source>
        <translation>The completion period must be between 1 and {max} days.</translation>
    </message>
</context>
<context>
    <name>Durumlar</name>
    <message>
        <location filename="../../app/workflows/common/states.py" line="+41"/>
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
        <location line="+32"/>
        <source>Başvuru kaydı</source>
        <translation>Registering the application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İncelemeye başlama</source>
        <translation>Starting the review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eksik evrak bildirimi</source>
        <translation>Notifying missing documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eksiklerin tamamlanması</source>
        <translation>Completing the deficiencies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uygunluk bildirimi</source>
        <translation>Notifying suitability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHGM&apos;ye gönderme</source>
        <translation>Sending to SHGM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uygun değil bildirimi</source>
        <translation>Notifying unsuitability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHGM alan belirleme</source>
        <translation>SHGM deciding the areas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHGM ret</source>
        <translation>SHGM rejection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ÇKYS kaydı</source>
        <translation>ÇKYS record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İzin belgesi düzenleme</source>
        <translation>Issuing the permit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geri çekme</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>hiçbir işlem</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../../app/workflows/common/permit_status.py" line="+24"/>
        <source>Yürürlükte</source>
        <translation>In force</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+133"/>
        <source>Askıda</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>İptal edildi</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+132"/>
        <source>Henüz yürürlükte değil</source>
        <translation>Not in force yet</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Geçerli</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İptal</source>
        <translation>Revoked</translation>
    </message>
</context>
<context>
    <name>Hatalar</name>
    <message>
        <location filename="../../app/workflows/admin/users.py" line="+388"/>
        <source>&apos;{user}&apos; kullanıcısının kaydı</source>
        <translation>The record of user &apos;{user}&apos;</translation>
    </message>
    <message>
        <location filename="../../app/workflows/common/context.py" line="+119"/>
        <source>Bu kayıt</source>
        <translation>This record</translation>
    </message>
    <message>
        <location filename="../../app/workflows/common/errors.py" line="+28"/>
        <source>Formda düzeltilmesi gereken alanlar var:
{lines}</source>
        <translation>The form has fields to correct:
{lines}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• {line}</source>
        <translation>• {line}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} siz açtıktan sonra {who} tarafından değiştirilmiş; kaydınız yapılmadı. Kaydı yeniden yükleyip değişikliklerinizi tekrar girin.</source>
        <translation>{what} was changed by {who} after you opened it; your changes were not saved. Reload the record and enter your changes again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} siz açtıktan sonra değiştirilmiş; kaydınız yapılmadı. Kaydı yeniden yükleyip değişikliklerinizi tekrar girin.</source>
        <translation>{what} was changed after you opened it; your changes were not saved. Reload the record and enter your changes again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Diskte yer kalmadı ({where}). Yer açıp yeniden deneyin; bu işlem kaydedilmedi.</source>
        <translation>The disk is full ({where}). Free some space and try again; this operation was not saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diskte yer kalmadı. Yer açıp yeniden deneyin; bu işlem kaydedilmedi.</source>
        <translation>The disk is full. Free some space and try again; this operation was not saved.</translation>
    </message>
    <message>
        <location filename="../../app/workflows/ism/review.py" line="+88"/>
        <source>Bu Ek-1 maddesi</source>
        <translation>This Ek-1 item</translation>
    </message>
    <message>
        <location filename="../../app/workflows/common/application_view.py" line="+62"/>
        <source>Başvuru bulunamadı; silinmiş ya da hiç kaydedilmemiş olabilir. Listeyi yenileyin.</source>
        <translation>Application not found; it may have been deleted or never saved. Refresh the list.</translation>
    </message>
    <message>
        <location filename="../../app/workflows/common/permit_status.py" line="-75"/>
        <source>İzin bulunamadı.</source>
        <translation>Permit not found.</translation>
    </message>
    <message>
        <location filename="../../app/workflows/common/stored_documents.py" line="+23"/>
        <source>Belge</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} boş bir dosya.</source>
        <translation>{name} is an empty file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: dosya {mb} MB&apos;tan büyük.</source>
        <translation>{name}: the file is larger than {mb} MB.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Belge bulunamadı.</source>
        <translation>Document not found.</translation>
    </message>
    <message>
        <location filename="../../app/workflows/common/system_settings.py" line="+156"/>
        <source>Doğrulama adresi https://alan.adi biçiminde olmalı (ör. https://usbs.saglik.gov.tr); soru işareti ve boşluk içeremez.</source>
        <translation>The verification address must have the form https://domain.name (e.g. https://usbs.saglik.gov.tr); it cannot contain a question mark or spaces.</translation>
    </message>
    <message>
        <location filename="../../app/workflows/common/tabular_export.py" line="+290"/>
        <source>Dosya adı .xlsx ya da .csv ile bitmelidir.</source>
        <translation>The file name must end in .xlsx or .csv.</translation>
    </message>
    <message>
        <location filename="../../app/workflows/common/signing.py" line="+49"/>
        <source>İmza sertifikasının ({name}) parolası gerekiyor: bu bilgisayarda anahtar deposu (keyring) yok ya da parola kaydedilmemiş. Parolayı bu oturum için girin.</source>
        <translation>The signing certificate ({name}) needs its password: this computer has no keyring or the password is not stored. Enter the password for this session.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>İmza sertifikası dosyası bulunamadı: {path}. Ayarlardan sertifikayı yeniden seçin.</source>
        <translation>Signing certificate file not found: {path}. Choose the certificate again in the settings.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>İmza sertifikası açılamadı ({name}): parola yanlış ya da dosya bozuk. Ayrıntı: {detail}</source>
        <translation>The signing certificate could not be opened ({name}): wrong password or damaged file. Details: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/workflows/common/states.py" line="+1"/>
        <source>{what} işlemi &apos;{label}&apos; durumundaki bir başvuruya uygulanamaz. Bu durumda yapılabilecekler: {allowed}.</source>
        <translation>{what} cannot be applied to an application in state &apos;{label}&apos;. Possible in this state: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../app/workflows/admin/certificates.py" line="+45"/>
        <source>İmza sertifikası dosyası bulunamadı: {path}</source>
        <translation>Signing certificate file not found: {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../app/workflows/common/signing.py" line="+3"/>
        <source>İmza sertifikası açılamadı ({name}): parola yanlış ya da dosya bozuk.</source>
        <translation>The signing certificate could not be opened ({name}): wrong password or damaged file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} bir özel anahtar ve sertifika içermiyor; imza için kullanılamaz.</source>
        <translation>{name} does not contain a private key and a certificate; it cannot be used for signing.</translation>
    </message>
</context>
<context>
    <name>KTS</name>
    <message>
        <location filename="../../app/workflows/kts/registry.py" line="+191"/>
        <source>{what} ileri bir tarih ({day}) olamaz; bugün {today}.</source>
        <translation>{what} cannot be a future date ({day}); today is {today}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Firma unvanı boş olamaz.</source>
        <translation>The company name must not be empty.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Firma yetkilisinin adı boş olamaz.</source>
        <translation>The company representative&apos;s name must not be empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En az bir ürün (USBS yazılımı) ve sürümü girilmelidir.</source>
        <translation>At least one product (USBS software) and its version must be entered.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Her ürünün adı ve sürümü girilmelidir.</source>
        <translation>Every product needs a name and a version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aynı ürün ve sürüm iki kez girilmiş: {name} {version}.</source>
        <translation>The same product and version was entered twice: {name} {version}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Başvuru tarihi</source>
        <translation>Application date</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bu vergi kimlik numarasıyla kayıtlı bir üretici var: {name} (durumu: {value}).</source>
        <translation>A producer with this tax identity number is already registered: {name} (status: {value}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} gerçeğe aykırı belge ya da erişim kodunun paylaşılması nedeniyle KTS&apos;den silinmiştir; yeni başvurusu {reapply_not_before} tarihine kadar kabul edilemez (SBYS Yönetmeliği md. 8).</source>
        <translation>{name} was deleted from KTS for a false document or for sharing its access code; a new application cannot be accepted until {reapply_not_before} (SBYS regulation art. 8).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Ürünün adı ve sürümü girilmelidir.</source>
        <translation>The product&apos;s name and version must be entered.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Bilinmeyen belge türü: {kind}.</source>
        <translation>Unknown document kind: {kind}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belge dosyası boş.</source>
        <translation>The document file is empty.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Bilinmeyen aşama: {stage}.</source>
        <translation>Unknown step: {stage}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; aşaması kendi işlemiyle kaydedilir.</source>
        <translation>The &apos;{value}&apos; step is recorded by its own action.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{value}&apos; aşamasının sonucu yalnızca şunlardan biri olabilir: {names}.</source>
        <translation>The result of the &apos;{value}&apos; step can only be one of: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Denetim testlerinin her biri ayrı kaydedilir; test seçilmelidir: {tests}.</source>
        <translation>Each audit test is recorded on its own; choose the test: {tests}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; aşamasında test seçilmez.</source>
        <translation>No test is chosen in the &apos;{value}&apos; step.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aşama tarihi</source>
        <translation>Stage date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} başvuru aşamasında değil (durumu: {value}); onboarding aşaması kaydedilemez.</source>
        <translation>{name} is not at the application stage (status: {value}); an onboarding step cannot be recorded.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Belge kontrolü eksik sonuçlandı; eksik belgeler tamamlanıp belge kontrolü yeniden yapılmadan sonraki aşamalara geçilemez.</source>
        <translation>The document check found deficiencies; the later steps cannot start until the missing documents are completed and the document check is done again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+40"/>
        <source>Aşamalar sırayla yürür: önce &apos;{value}&apos; aşaması tamamlanmalıdır.</source>
        <translation>The steps run in order: the &apos;{value}&apos; step must be completed first.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>&apos;{value}&apos; aşaması zaten tamamlanmış.</source>
        <translation>The &apos;{value}&apos; step is already completed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aşama tarihi bir önceki aşamanın tarihinden ({done_on}) önce olamaz.</source>
        <translation>A step&apos;s date cannot be before the previous step&apos;s date ({done_on}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Belgeler tamam değil; belge kontrolü &apos;Eksik&apos; olarak kaydedilmelidir. Eksik: {gaps}.</source>
        <translation>The documents are not complete; record the document check as &apos;Incomplete&apos;. Missing: {gaps}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} bu başvuruda zaten başarılı.</source>
        <translation>{value} has already passed in this application.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>İlan tarihi</source>
        <translation>Announcement date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} başvuru aşamasında değil (durumu: {value}).</source>
        <translation>{name} is not at the application stage (status: {value}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hekim veri bankası web servis entegrasyonu başarılı olmadan üretici KTS&apos;de ilan edilemez (başarısız kontroller yeniden denenir).</source>
        <translation>The producer cannot be announced in KTS before the physician data bank web service integration has passed (failed checks are tried again).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>İlan tarihi bir önceki aşamanın tarihinden ({done_on}) önce olamaz.</source>
        <translation>The announcement date cannot be before the previous step&apos;s date ({done_on}).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Eksikliğin açıklaması boş olamaz.</source>
        <translation>The description of the deficiency must not be empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Giderme süresinin son günü uyarı tarihinden sonra olmalıdır.</source>
        <translation>The last day for remedying must be after the warning date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uyarı tarihi</source>
        <translation>Warning date</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Uyarı yalnızca aktif listedeki üreticilere verilir; {name} {issued_on} tarihinde {value} durumunda.</source>
        <translation>Warnings are given only to producers on the active list; {name} is {value} on {issued_on}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Giderilme tarihi</source>
        <translation>Date remedied</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uyarı bulunamadı (#{warning_id}).</source>
        <translation>Warning not found (#{warning_id}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bu uyarının giderildiği {fixed_on} tarihinde kaydedilmiş.</source>
        <translation>This warning was already recorded as remedied on {fixed_on}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Giderilme tarihi uyarı tarihinden önce olamaz.</source>
        <translation>The remedy date cannot be before the warning date.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Aktif listeye dönüş tarihi</source>
        <translation>Date of return to the active list</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yalnızca pasif listedeki üretici aktif listeye geri alınabilir; {name} {value} durumunda.</source>
        <translation>Only a producer on the passive list can be returned to the active list; {name} is {value}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Giderilmemiş uyarısı olan üretici aktif listeye alınamaz: {warnings}.</source>
        <translation>A producer with an unremedied warning cannot be put on the active list: {warnings}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Silme dayanağı seçilmelidir (SBYS Yönetmeliği md. 8/2 ya da 8/3).</source>
        <translation>The ground for deletion must be chosen (SBYS regulation art. 8/2 or 8/3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Silme gerekçesi boş olamaz.</source>
        <translation>The reason for deletion must not be empty.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Silme tarihi</source>
        <translation>Deletion date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} {on} tarihinde zaten KTS&apos;den silinmiş durumda.</source>
        <translation>{name} was already deleted from KTS on {on}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{head}: {reason}</source>
        <translation>{head}: {reason}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tesisin resmî talep yazısının sayısı girilmelidir.</source>
        <translation>The number of the facility&apos;s official request letter must be entered.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sağlık tesisi bulunamadı (#{facility_id}).</source>
        <translation>Health facility not found (#{facility_id}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} silinmiş değil; erişim kodu süresi yalnızca silinen üreticiler için uzatılır.</source>
        <translation>{name} is not deleted; the access code period is extended only for deleted producers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bu üreticinin kapanacak bir erişim kodu yok.</source>
        <translation>This producer has no access code to be closed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yeni kapanış tarihi mevcut kapanış tarihinden ({access_code_closes_on}) sonra olmalıdır.</source>
        <translation>The new closing date must be after the current closing date ({access_code_closes_on}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erişim kodu silinme tarihinden ({since}) itibaren en çok 6 ay, {limit} tarihine kadar açık kalabilir.</source>
        <translation>The access code can stay open at most 6 months from the deletion date ({since}), until {limit}.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Denetçi rolü salt okunurdur; kurallar uygulanamaz.</source>
        <translation>The auditor role is read only; the rules cannot be applied.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{vendor} (VKN {tax_no}) {day} tarihinde {what}.
Gerekçe: {reason} ({basis})

İlinizde bu üreticinin yazılımını kullanan tesisler ({count}):
{lines}

{consequence}</source>
        <translation>{vendor} (tax no. {tax_no}) was {what} on {day}.
Reason: {reason} ({basis})

Facilities in your province using this producer&apos;s software ({count}):
{lines}

{consequence}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>USBS üreticisi {what}: {vendor}</source>
        <translation>USBS producer {what}: {vendor}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Bildirim bulunamadı (#{notice_id}).</source>
        <translation>Notice not found (#{notice_id}).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Geçerlilik başlangıcı girilmelidir (geçerlilik süresi olmayan belge hükümsüzdür).</source>
        <translation>The start of validity must be entered (a document without a validity period is void).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Geçerlilik bitişi girilmelidir (geçerlilik süresi olmayan belge hükümsüzdür).</source>
        <translation>The end of validity must be entered (a document without a validity period is void).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Geçerlilik bitişi başlangıcından sonra olmalıdır.</source>
        <translation>The end of validity must be after its start.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Geçerlilik süresi geçmişte biten bir belge düzenlenemez.</source>
        <translation>A document whose validity ended in the past cannot be issued.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>İptal gerekçesi yazılmalıdır.</source>
        <translation>The reason for revocation must be written.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>İptal tarihi girilmelidir.</source>
        <translation>The revocation date must be entered.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>İptal tarihi bugünden en çok {days} gün sonrası ({limit}) olabilir; daha ileri bir tarih için işlemi o tarih yaklaşınca yapın.</source>
        <translation>The revocation date can be at most {days} days after today ({limit}); for a later date, do it when that date is near.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+31"/>
        <source>KTS Yetki Belgesi bulunamadı (#{certificate_id}).</source>
        <translation>KTS Yetki Belgesi not found (#{certificate_id}).</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>{number} numaralı belge {planned} tarihinde zaten iptal edildi.</source>
        <translation>Certificate {number} was already revoked on {planned}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number} numaralı belgenin iptali {planned} tarihine planlanmış; daha erken bir iptal tarihi girerseniz planlanan iptalin yerine geçer.</source>
        <translation>The revocation of certificate {number} is planned for {planned}; an earlier revocation date replaces the planned revocation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>İptal tarihi belgenin düzenlendiği gün ({issued_on}) ile geçerlilik bitişi ({valid_until}) arasında olmalıdır.</source>
        <translation>The revocation date must be between the certificate&apos;s issue day ({issued_on}) and the end of its validity ({valid_until}).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>“{number}” bir KTS Yetki Belgesi numarası; doğrulama için belgenin üzerindeki “Doğrulama kodu” satırındaki kodu girin (belge numarasıyla doğrulama yapılmaz).</source>
        <translation>“{number}” is a KTS Yetki Belgesi number; to verify, enter the code on the certificate&apos;s “Doğrulama kodu” line (a certificate cannot be verified by its number).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bu doğrulama koduyla düzenlenmiş bir KTS Yetki Belgesi yok; doğrulanamayan belge hükümsüzdür.</source>
        <translation>No KTS Yetki Belgesi was issued with this verification code; a certificate that cannot be verified is void.</translation>
    </message>
    <message>
        <location filename="../../app/workflows/kts/access_codes.py" line="+113"/>
        <location filename="../../app/workflows/kts/audits.py" line="+114"/>
        <location filename="../../app/workflows/kts/info_changes.py" line="+78"/>
        <location filename="../../app/workflows/kts/queries.py" line="+141"/>
        <location filename="../../app/workflows/kts/registry.py" line="-740"/>
        <location line="+458"/>
        <source>USBS üreticisi bulunamadı (#{vendor_id}).</source>
        <translation>USBS producer not found (#{vendor_id}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bu vergi kimlik numarasıyla kayıtlı USBS üreticisi yok: {tax_no}.</source>
        <translation>No USBS producer is registered with this tax identity number: {tax_no}.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{name} için açık bir erişim kodu var; yeni kod için &apos;Kodu yenile&apos; kullanılır (eski kod o anda kapanır).</source>
        <translation>{name} has an open access code; for a new code use &apos;Kodu yenile&apos; (the old code closes at once).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} KTS&apos;den silinmiş; silinen üreticiye erişim kodu verilmez (SBYS Yönetmeliği md. 8/4).</source>
        <translation>{name} was deleted from KTS; a deleted producer gets no access code (SBYS regulation art. 8/4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} için gerçek ortam erişim kodu ancak denetimi ve hekim veri bankası web servis kontrolünü başarıyla geçip gizlilik sözleşmesi ve güvenlik taahhütnamesini imzaladıktan sonra verilir ({ART6}); bu aşamalar henüz tamamlanmamış.</source>
        <translation>{name} gets a production access code only after passing the audit and the physician data bank web service check and signing the confidentiality agreement and the security undertaking ({ART6}); these steps are not completed yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} için açık bir erişim kodu yok.</source>
        <translation>{name} has no open access code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} KTS&apos;den silinmiş (durumu: {value}); erişim kodu yenilenemez, yalnızca kapatılabilir.</source>
        <translation>{name} was deleted from KTS (status: {value}); its access code cannot be renewed, only closed.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Erişim kodunu kapatma gerekçesi yazılmalıdır.</source>
        <translation>The reason for closing the access code must be written.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Sınır saniyede 0 ile 1000 sorgu arasında olmalıdır (0: sınırsız).</source>
        <translation>The limit must be between 0 and 1000 queries per second (0: no limit).</translation>
    </message>
    <message>
        <location filename="../../app/workflows/kts/audits.py" line="-72"/>
        <source>SBYS Yönetmeliği md. 18</source>
        <translation>SBYS Regulation art. 18</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&apos;sen</source>
        <translation>Ex officio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Şikâyet üzerine</source>
        <translation>On a complaint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzaktan</source>
        <translation>Remote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yerinde</source>
        <translation>On site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bakanlık ekibi</source>
        <translation>Ministry team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>İl sağlık müdürlüğü ekibi</source>
        <translation>Provincial health directorate team</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merkezi sistemlere (e-Nabız) veri gönderimi</source>
        <translation>Sending data to the central systems (e-Nabız)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ÇKYS hekim veri bankası entegrasyonu ve hizmet öncesi kontroller</source>
        <translation>ÇKYS physician data bank integration and pre-service checks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-Rapor / e-Reçete entegrasyonu</source>
        <translation>e-Rapor / e-Reçete integration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USBS ekranları ve bilişim standartlarına uygunluk</source>
        <translation>USBS screens and conformity with the IT standards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kayıtların teslimi, yedekleme ve geri dönüş testleri (md. 14-15)</source>
        <translation>Handing over records, backups and restore tests (art. 14-15)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gizlilik, veri güvenliği ve log kayıtları (md. 16-17)</source>
        <translation>Confidentiality, data security and logs (art. 16-17)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uygun</source>
        <translation>Suitable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eksiklik var</source>
        <translation>Deficient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İncelenmedi</source>
        <translation>Not examined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yapılmadı</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Güvenlik testi</source>
        <translation>Security test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sızma testi</source>
        <translation>Penetration test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eksiklik bulunmadı</source>
        <translation>No deficiency found</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eksiklik bulundu; uyarı verildi</source>
        <translation>Deficiency found; a warning was given</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/workflows/kts/registry.py" line="+75"/>
        <source>pasif listeye alındı</source>
        <translation>put on the passive list</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/workflows/kts/registry.py" line="+0"/>
        <source>KTS&apos;den silindi</source>
        <translation>deleted from KTS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aktif listeye geri alındı</source>
        <translation>put back on the active list</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Denetimin dayanağı re&apos;sen ya da şikâyet üzerine olmalıdır.</source>
        <translation>The basis of the audit must be ex officio or upon a complaint.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Şikâyet üzerine denetimde şikâyet edenin adı girilmelidir.</source>
        <translation>For an audit upon a complaint, the complainant&apos;s name must be entered.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Şikâyetin konusu girilmelidir.</source>
        <translation>The subject of the complaint must be entered.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denetim uzaktan ya da yerinde yapılır.</source>
        <translation>An audit is done remotely or on site.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denetimi Bakanlık ya da il sağlık müdürlüğü ekibi yapar (md. 18/2).</source>
        <translation>The audit is done by a team of the Ministry or of the provincial health directorate (art. 18/2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>İl sağlık müdürlüğü ekibinin ili seçilmelidir.</source>
        <translation>The province of the provincial health directorate&apos;s team must be chosen.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>md. 18/3&apos;ün altı konusunun (a-f) her biri için bir sonuç girilmelidir.</source>
        <translation>A result must be entered for each of the six subjects (a-f) of art. 18/3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>({subject}) konusunun sonucu geçersiz.</source>
        <translation>The result of subject ({subject}) is invalid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>({subject}) {subject2}: bulunan eksiklik açıklanmalıdır.</source>
        <translation>({subject}) {subject2}: the deficiency found must be described.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Denetim tarihi ileri bir tarih ({performed_on}) olamaz.</source>
        <translation>The audit date cannot be a future date ({performed_on}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Eksiklik bulunan denetimde giderme süresinin son günü denetim tarihinden sonra olmalıdır.</source>
        <translation>In an audit with a deficiency, the last day for remedying must be after the audit date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Güvenlik testi türü geçersiz.</source>
        <translation>The type of security test is invalid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Güvenlik / sızma testinin raporu eklenmelidir (md. 18/4).</source>
        <translation>The report of the security / penetration test must be attached (art. 18/4).</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+69"/>
        <source>Denetim bulunamadı (#{audit_id}).</source>
        <translation>Audit not found (#{audit_id}).</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Bu denetimin sonucu {performed_on} tarihinde kaydedilmiş.</source>
        <translation>The result of this audit was recorded on {performed_on}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Denetim tarihi plan tarihinden ({planned_on}) önce olamaz.</source>
        <translation>The audit date cannot be before the planned date ({planned_on}).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Eksiklik bulundu; üreticiye {deadline} tarihine kadar giderme süresi verildi (SBYS Yönetmeliği md. 7). Süresinde giderilmezse üretici pasif listeye alınır.</source>
        <translation>Deficiency found; the producer was given until {deadline} to remedy it (SBYS Regulation art. 7). If it is not remedied in time, the producer is put on the passive list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Eksiklik bulunmadı.</source>
        <translation>No deficiency found.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• {name} (ÇKYS {code}): bu üreticiyle yaptığı sözleşmeyi izlemeli; üretici pasif listeye alınır ya da silinirse sözleşmesindeki yaptırımları uygular (md. 19).</source>
        <translation>• {name} (ÇKYS {code}): should monitor its contract with this producer; if the producer is put on the passive list or deleted, it applies the sanctions of its contract (art. 19).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{vendor} (VKN {tax_no}) {day} tarihinde {mode} denetlendi ({grounds}, {team}; {art}).
Sonuç: {result}

İlinizde bu üreticinin yazılımını kullanan tesisler ({count}):
{lines}</source>
        <translation>{vendor} (tax no. {tax_no}) was audited on {day} ({mode}, {grounds}, {team}; {art}).
Outcome: {result}

Facilities in your province using this producer&apos;s software ({count}):
{lines}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>USBS üreticisi denetlendi: {vendor}</source>
        <translation>USBS producer audited: {vendor}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Bu denetimde güvenlik ya da sızma testi kaydedilmemiş.</source>
        <translation>No security or penetration test was recorded in this audit.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Uyarı süresinde giderildi ({day}).</source>
        <translation>The warning was remedied in time ({day}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day} {move}</source>
        <translation>{day} {move}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>süre geçtikten sonra giderildi ({day})</source>
        <translation>remedied after the time limit ({day})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uyarı süresinde giderilmedi; {what}.</source>
        <translation>The warning was not remedied in time; {what}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Giderme süresi devam ediyor (son gün {day}).</source>
        <translation>The time to remedy is still running (last day {day}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giderme süresi {day} tarihinde doldu; liste kuralları henüz uygulanmadı.</source>
        <translation>The time to remedy ended on {day}; the list rules have not been applied yet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Planlandı ({day}).</source>
        <translation>Planned ({day}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{outcome}.</source>
        <translation>{outcome}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{outcome} (son gün {day}). {after}</source>
        <translation>{outcome} (last day {day}). {after}</translation>
    </message>
    <message>
        <location filename="../../app/workflows/kts/competence.py" line="+83"/>
        <location filename="../../app/workflows/kts/scores.py" line="+115"/>
        <source>Ağırlıklar negatif olamaz ve toplamları sıfırdan büyük olmalı.</source>
        <translation>Weights cannot be negative and their sum must be greater than zero.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>teknik değerlendirme ölçütleri</source>
        <translation>technical evaluation criteria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personel kapasite ölçeği</source>
        <translation>personnel capacity scale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{on} tarihinde yürürlükte yayımlanmış {what} yok.</source>
        <translation>No published {what} in force on {on}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+54"/>
        <location line="+68"/>
        <location line="+180"/>
        <location filename="../../app/workflows/kts/registry.py" line="-407"/>
        <source>Ürün bulunamadı (#{product_id}).</source>
        <translation>Product not found (#{product_id}).</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>Değerlendirme tarihi {year} yılı içinde olmalıdır.</source>
        <translation>The evaluation date must be within {year}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} için {year} yılının planı zaten kayıtlı.</source>
        <translation>The plan for {year} is already recorded for {name}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Değerlendirme tarihi ileri bir tarih ({performed_on}) olamaz.</source>
        <translation>The evaluation date cannot be a future date ({performed_on}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Teknik değerlendirme bulunamadı (#{evaluation_id}).</source>
        <translation>Technical evaluation not found (#{evaluation_id}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bu değerlendirme {performed_on} tarihinde kaydedilmiş.</source>
        <translation>This evaluation was recorded on {performed_on}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Değerlendirme {year} yılı içinde yapılmalıdır.</source>
        <translation>The evaluation must be done within {year}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../app/workflows/kts/scores.py" line="-18"/>
        <source>Personel sayısı negatif olamaz.</source>
        <translation>The staff count cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../app/workflows/kts/info_changes.py" line="-17"/>
        <source>Değişikliğin konusu seçilmelidir.</source>
        <translation>The subject of the change must be chosen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Değişiklik açıklanmalı ya da yeni bilgi yazılmalıdır.</source>
        <translation>The change must be described or the new information written.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Değişiklik tarihi girilmelidir.</source>
        <translation>The date of the change must be entered.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bildirim tarihi değişiklik tarihinden önce olamaz.</source>
        <translation>The notification date cannot be before the date of the change.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bildirim tarihi ileri bir tarih olamaz; bugün {value}.</source>
        <translation>The notification date cannot be a future date; today is {value}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} {changed_on} tarihinde KTS&apos;ye kayıtlı değil (durumu: {value}); bilgi değişikliği bildirimi kayıtlı üreticiler içindir (SBYS Yönetmeliği md. 6/5).</source>
        <translation>{name} is not registered in KTS on {changed_on} (status: {value}); information change notifications are for registered producers (SBYS regulation art. 6/5).</translation>
    </message>
    <message>
        <location filename="../../app/workflows/common/vendor_rules.py" line="+18"/>
        <source>SBYS Yönetmeliği md. 7</source>
        <translation>SBYS Regulation art. 7</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/workflows/kts/legal.py" line="+20"/>
        <source>SBYS Yönetmeliği md. 8</source>
        <translation>SBYS Regulation art. 8</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Denetimde verilen uyarı ({issued}) {deadline} tarihine kadar giderilmedi: {description}</source>
        <translation>The warning given at the audit ({issued}) was not remedied by {deadline}: {description}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denetimde verilen uyarı ({issued}) {deadline} tarihine kadar giderilmedi</source>
        <translation>The warning given at the audit ({issued}) was not remedied by {deadline}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Son bir yıl içinde {n} kez pasif listeye alındı ({dates}).</source>
        <translation>Put on the passive list {n} times within the last year ({dates}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{since} tarihinde pasif listeye alındıktan sonra 3 ay içinde ({end} tarihine kadar) aktif listeye dönmedi.</source>
        <translation>Put on the passive list on {since}, it did not return to the active list within 3 months (by {end}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Silinen üreticinin yazılım erişim kodu silinme tarihinden ({since}) itibaren 3 ay içinde, {close} tarihinde kapatılır.</source>
        <translation>The deleted producer&apos;s software access code is closed within 3 months of the deletion ({since}), on {close}.</translation>
    </message>
    <message>
        <location filename="../../app/workflows/kts/evaluation_plan.py" line="+18"/>
        <source>SBYS Yönetmeliği md. 20</source>
        <translation>SBYS Regulation art. 20</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Ürünün {on} tarihinde en az {months} aydır hizmet verdiği tesis yok; teknik değerlendirme planlanamaz ({article}).</source>
        <translation>On {on} the product has not served any facility for at least {months} months; no technical evaluation can be planned ({article}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aynı tesis planda {n} kez var (tesis #{facility}).</source>
        <translation>The same facility is in the plan {n} times (facility #{facility}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ürün tesis #{facility}&apos;de hizmet vermiyor.</source>
        <translation>The product does not serve facility #{facility}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+43"/>
        <source>tesis #{facility}</source>
        <translation>facility #{facility}</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>{site}: ürün burada {since} tarihinden beri hizmet veriyor; {on} tarihinde {months} ay dolmamış.</source>
        <translation>{site}: the product has served here since {since}; on {on} it has not served {months} months yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{site}: değerlendirici {evaluator} tesisin bulunduğu ilde görev yapıyor (md. 20/4-ç).</source>
        <translation>{site}: the evaluator {evaluator} works in the facility&apos;s province (art. 20/4-ç).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Planda {n} tesis var; en az {need} tesiste değerlendirme yapılmalı ({article}).</source>
        <translation>The plan has {n} facilities; evaluations must take place at {need} facilities at least ({article}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planın tesisleri {n} ilde; ürün birden fazla ilde hizmet verdiği için değerlendirmeler en az {need} farklı ilde yapılmalı ({article}).</source>
        <translation>The plan&apos;s facilities are in {n} provinces; as the product serves in more than one province, the evaluations must take place in at least {need} different provinces ({article}).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{site}: tesisin ilinde görev yapmayan değerlendirici yok (md. 20/4-ç).</source>
        <translation>{site}: there is no evaluator who does not work in the facility&apos;s province (art. 20/4-ç).</translation>
    </message>
    <message>
        <location filename="../../app/workflows/kts/scores.py" line="-29"/>
        <source>{number}. ölçüt ({title}) puanlanmamış.</source>
        <translation>Criterion {number} ({title}) has no score.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number}. ölçüt ({title}): {points} puan verilemez; 0 ile {most} arasında olmalı.</source>
        <translation>Criterion {number} ({title}): {points} points cannot be given; it must be between 0 and {most}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yayımlanmış ölçütlerde olmayan madde: {items}.</source>
        <translation>Items not in the published criteria: {items}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ölçütlerin toplam puanı sıfır; değerlendirme puanı hesaplanamaz.</source>
        <translation>The criteria&apos;s total points are zero; the evaluation score cannot be calculated.</translation>
    </message>
    <message>
        <location filename="../../app/workflows/common/vendor_access.py" line="+126"/>
        <source>Erişim kodu {day} tarihinde KTS birimince kapatıldı ({reason}).</source>
        <translation>The access code was closed by the KTS unit on {day} ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erişim kodu {day} tarihinde KTS birimince kapatıldı.</source>
        <translation>The access code was closed by the KTS unit on {day}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{vendor} KTS&apos;den silindiği için yazılım erişim kodu {day} tarihinde kapatılır (SBYS Yönetmeliği md. 8/4).</source>
        <translation>As {vendor} was deleted from KTS, its software access code closes on {day} (SBYS Regulation art. 8/4).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Erişim kodu henüz açık değil; {day} tarihinde verilecek.</source>
        <translation>The access code is not open yet; it is issued on {day}.</translation>
    </message>
    <message>
        <location filename="../../app/workflows/kts/legal.py" line="-2"/>
        <source>SBYS Yönetmeliği md. 6</source>
        <translation>SBYS Regulation art. 6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SBYS Yönetmeliği md. 6/5</source>
        <translation>SBYS Regulation art. 6/5</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>SBYS Yönetmeliği md. 8/2</source>
        <translation>SBYS Regulation art. 8/2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SBYS Yönetmeliği md. 8/3</source>
        <translation>SBYS Regulation art. 8/3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Uyarı yapılmaksızın silindi (md. 8/2)</source>
        <translation>Deleted without warning (art. 8/2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>md. 16-17 hükümlerine aykırılık nedeniyle silindi (md. 8/3)</source>
        <translation>Deleted for a breach of art. 16-17 (art. 8/3)</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Yalnızca KTS aktif listesinde yayımlanan USBS yazılım üreticileri USH Faaliyet İzni almış sağlık tesislerinde hizmet verebilir.</source>
        <translation>Only USBS producers published on the KTS active list may serve health facilities holding a USH activity permit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yukarıdaki tesisler bu üreticinin USBS&apos;si üzerinden uzaktan sağlık hizmeti sunamaz (Yetki Sorgulama UYGUN DEĞİL yanıtı verir)</source>
        <translation>the facilities above may not provide remote health services through this producer&apos;s USBS (the authorisation check answers NOT ELIGIBLE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tesislerin yapması gereken: İSM tesisleri bilgilendirir. USH sunmaya devam edecek tesis aktif listedeki bir üreticinin USBS&apos;sine geçmeli ve üretici değişikliğini İSM&apos;ye bildirmelidir (izin değişikliği)</source>
        <translation>What the facilities must do: the İSM informs the facilities. A facility that will keep providing USH must move to the USBS of a producer on the active list and notify the İSM of the change of producer (a permit amendment)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>üretici, bakanlık ayarı gereği, daha önce hizmet verdiği tesislerde hizmete devam edebilir; yeni bir tesise hizmet veremez</source>
        <translation>by the ministry&apos;s setting, the producer may keep serving the facilities it served before; it may not serve a new facility</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tesislerin yapması gereken: İSM tesisleri bilgilendirir. Tesisler üreticinin durumunu izlemeli ve aktif listedeki bir üreticiye geçişi hazırlamalıdır</source>
        <translation>What the facilities must do: the İSM informs the facilities. The facilities should follow the producer&apos;s status and prepare a move to a producer on the active list</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{move}; üretici aktif listeye dönerse tesis bu üreticiyle yeniden hizmet verebilir</source>
        <translation>{move}; if the producer returns to the active list, the facility may work with this producer again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne anlama gelir: {rules} Üretici {on} tarihinden itibaren aktif listede değildir: {means}; üretici KTS Yetki Belgesi alamaz ve bu üreticiyi kullanan başvurulara USH izni verilmez.
{todo}. {back_by} tarihine kadar aktif listeye dönmeyen üretici KTS&apos;den silinir ({art}).</source>
        <translation>What it means: {rules} From {on} the producer is not on the active list: {means}; the producer cannot obtain a KTS Yetki Belgesi and no USH permit is granted to applications using this producer.
{todo}. A producer not back on the active list by {back_by} is deleted from KTS ({art}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ne anlama gelir: {rules} Silinen üretici, bakanlık ayarı gereği, yazılım erişim kodu açık kaldığı sürece daha önce hizmet verdiği tesislerde hizmete devam edebilir; yeniden aktif listeye alınana kadar yeni bir tesise hizmet veremez.</source>
        <translation>What it means: {rules} By the ministry&apos;s setting, the deleted producer may keep serving the facilities it served before while its software access code stays open; it may not serve a new facility until it is put back on the active list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ne anlama gelir: {rules} Silinen üretici {on} tarihinden itibaren aktif listede değildir: {stop}; yeniden aktif listeye alınana kadar yeni bir tesise hizmet veremez.</source>
        <translation>What it means: {rules} From {on} the deleted producer is not on the active list: {stop}; it may not serve a new facility until it is put back on the active list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Üreticinin yazılım erişim kodu {close} tarihinde kapanır; tesisin resmî talebiyle en çok {longest} tarihine kadar açık tutulabilir. Bu süre tesislerin kayıtlarını ve veri gönderimini yeni USBS&apos;ye taşıması içindir; kod kapandıktan sonra üreticinin yazılımı Bakanlık sistemlerine erişemez.</source>
        <translation>The producer&apos;s software access code closes on {close}; at a facility&apos;s official request it may be kept open until {longest} at the latest. This time is for the facilities to move their records and data sending to the new USBS; once the code is closed, the producer&apos;s software cannot reach the Ministry&apos;s systems.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{move}, erişim kodu kapanmadan; taşıma için daha uzun süre gerekiyorsa SBSGM&apos;ye resmî yazıyla uzatma talep edebilir.</source>
        <translation>{move}, before the access code closes; if the move needs more time, the facility may ask SBSGM for an extension by official letter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Üreticinin yeni başvurusu {day} tarihine kadar kabul edilmez ({basis}).</source>
        <translation>The producer&apos;s new application is not accepted until {day} ({basis}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Üretici {art}&apos;ya göre yeniden başvurabilir; bu silme yeni başvuruya yasak getirmez.</source>
        <translation>The producer may apply again under {art}; this deletion does not bar a new application.</translation>
    </message>
</context>
<context>
    <name>KTS durumları</name>
    <message>
        <location filename="../../app/workflows/common/vocabulary.py" line="+49"/>
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
        <location filename="../../app/workflows/common/vendors.py" line="+103"/>
        <source>{day} tarihinden beri</source>
        <translation>since {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kural gereği; KTS henüz kaydetmedi</source>
        <translation>by the rules; not yet recorded in KTS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gerekçe: {reason} ({basis})</source>
        <translation>reason: {reason} ({basis})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gerekçe: {reason}</source>
        <translation>reason: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} ({parts})</source>
        <translation>{label} ({parts})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dikkat: {name} {day} tarihinde KTS aktif listesinde değil (durumu: {status}). Yalnızca aktif listedeki USBS üreticileri USH izinli tesislere hizmet verebilir.</source>
        <translation>Attention: {name} is not on the KTS active list on {day} (status: {status}). Only USBS producers on the active list may serve facilities with a USH permit.</translation>
    </message>
</context>
<context>
    <name>Kanallar</name>
    <message>
        <location filename="../../app/workflows/common/vocabulary.py" line="-72"/>
        <source>EBYS (evrak sayısı)</source>
        <translation>EBYS (document number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KEP</source>
        <translation>KEP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-Devlet</source>
        <translation>e-Devlet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elden</source>
        <translation>By hand</translation>
    </message>
</context>
<context>
    <name>Roller</name>
    <message>
        <location line="-21"/>
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
</context>
<context>
    <name>SHGM</name>
    <message>
        <location filename="../../app/workflows/shgm/decisions.py" line="+173"/>
        <source>Reddedildi</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Değişiklik imzalandı</source>
        <translation>Amendment signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İzin belgesi düzenlendi</source>
        <translation>Permit issued</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ÇKYS&apos;ye kaydedildi; değişikliğin imzası bekliyor</source>
        <translation>Recorded in ÇKYS; the amendment awaits signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ÇKYS&apos;ye kaydedildi; izin belgesi bekliyor</source>
        <translation>Recorded in ÇKYS; the permit awaits issue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ÇKYS dosyası üretildi; kayıt bekliyor</source>
        <translation>ÇKYS file produced; awaiting recording</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alanlar belirlendi; ÇKYS dosyası bekliyor</source>
        <translation>Areas set; awaiting the ÇKYS file</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Tanımsız USH alanı ya da uzmanlık dalı: {areas}.</source>
        <translation>Unknown USH area or specialty: {areas}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+148"/>
        <location line="+72"/>
        <location filename="../../app/workflows/shgm/permits.py" line="+151"/>
        <source>{decision_id} numaralı SHGM kararı bulunamadı.</source>
        <translation>SHGM decision {decision_id} not found.</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>En az bir USH alanı seçin; hiçbir alan uygun değilse başvuruyu reddedin.</source>
        <translation>Choose at least one USH area; if no area is suitable, reject the application.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Başvuruda istenmeyen alanlar izne eklenemez: {areas}.</source>
        <translation>Areas the application did not ask for cannot be added to the permit: {areas}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Belirlenen alanlar başvuruda istenenlerden farklı; farkın gerekçesini yazın.</source>
        <translation>The areas set differ from those the application asks for; write the reason for the difference.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ret için gerekçe yazın; gerekçe İl Sağlık Müdürlüğüne iletilir.</source>
        <translation>Write a reason for the rejection; it is sent to the provincial health directorate.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../app/workflows/shgm/permits.py" line="+468"/>
        <source>{facility_id} numaralı sağlık tesisi bulunamadı.</source>
        <translation>Health facility {facility_id} not found.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resen izin yalnızca Bakanlığa bağlı sağlık tesislerine verilebilir; {name} &apos;{value}&apos; türünde. Bu tesis İl Sağlık Müdürlüğüne başvurmalıdır.</source>
        <translation>An ex officio permit can be given only to health facilities of the Ministry; {name} is of type &apos;{value}&apos;. This facility must apply to the provincial health directorate.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resen izin için gerekçe yazın.</source>
        <translation>Write the reason for the ex officio permit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En az bir USH alanı seçin.</source>
        <translation>Choose at least one USH area.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bu tesisin yürürlükte bir USH izni var; alanları değiştirmek için izin belgesinde &apos;Alanları değiştir&apos; işlemini kullanın.</source>
        <translation>This facility has a USH permit in force; to change its areas, use &apos;Alanları değiştir&apos; on the permit.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Reddedilen bir karar için ÇKYS kaydı üretilmez.</source>
        <translation>No ÇKYS record is produced for a rejected decision.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>ÇKYS dosyası yazılamadı ({folder}): {strerror}</source>
        <translation>The ÇKYS file could not be written ({folder}): {strerror}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ÇKYS kayıt numarasını (referans) yazın.</source>
        <translation>Write the ÇKYS record number (reference).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ÇKYS kayıt numarası en çok 60 karakter olabilir.</source>
        <translation>The ÇKYS record number may have at most 60 characters.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reddedilen bir karar ÇKYS&apos;ye kaydedilmez.</source>
        <translation>A rejected decision is not recorded in ÇKYS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bu karar {ckys_reference} numarasıyla zaten ÇKYS&apos;ye kaydedilmiş.</source>
        <translation>This decision is already recorded in ÇKYS with number {ckys_reference}.</translation>
    </message>
    <message>
        <location filename="../../app/workflows/shgm/permits.py" line="-491"/>
        <source>{what} bugünden en çok {MAX_DAYS_AHEAD} gün sonrası ({limit:%d.%m.%Y}) olabilir; daha ileri bir tarih için işlemi o tarih yaklaşınca yapın.</source>
        <translation>{what} can be at most {MAX_DAYS_AHEAD} days after today ({limit:%d.%m.%Y}); for a later date, do it when that date is near.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Bu karar yürürlükteki bir iznin alan değişikliğidir; yeni izin değil, iznin yeni sürümü olarak imzalanır.</source>
        <translation>This decision amends the areas of a permit in force; it is signed as a new revision of the permit, not as a new permit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reddedilen bir karar için izin belgesi düzenlenemez.</source>
        <translation>No permit can be issued for a rejected decision.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>USH alanları ÇKYS&apos;ye kaydedildi olarak işaretlenmeden izin belgesi düzenlenemez. Önce ÇKYS dosyasını üretip kaydı yapın ve kayıt numarasını girin.</source>
        <translation>No permit can be issued before the USH areas are marked as recorded in ÇKYS. First produce the ÇKYS file, make the record and enter its number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bu karar için {existing} numaralı izin belgesi zaten düzenlendi.</source>
        <translation>Permit {existing} was already issued for this decision.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Bu sağlık tesisinin iptal edilmemiş bir USH izni var{which}; bir tesisin aynı anda yalnızca bir izni olabilir. Alanları değiştirmek için o izinde &apos;Alanları değiştir&apos; işlemini kullanın; yeni izin ancak yürürlükteki izin iptal edildikten (iptal tarihi geldikten) sonra düzenlenebilir.</source>
        <translation>This health facility has a USH permit that is not revoked{which}; a facility may hold only one permit at a time. To change the areas use &apos;Change areas&apos; on that permit; a new permit can be issued only after the permit in force is revoked (once the revocation date has come).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Başvurudaki</source>
        <translation>The application&apos;s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what} USBS üreticisi ({vendor}) {day} tarihinde KTS aktif listesinde değil (durumu: {st}). Yalnızca aktif listedeki üreticiler USH izinli tesislere hizmet verebilir; üretici aktif listeye dönene ya da tesis aktif listedeki bir üreticiyle yeniden başvurana kadar izin belgesi düzenlenemez.</source>
        <translation>{what} USBS producer ({vendor}) is not on the KTS active list on {day} (status: {st}). Only producers on the active list may serve facilities with a USH permit; no permit can be issued until the producer returns to the active list or the facility applies again with a producer on the active list.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Resen izin de ÇKYS kaydından sonra düzenlenir; ÇKYS kayıt numarasını yazın.</source>
        <translation>An ex officio permit is also issued after the ÇKYS record; write the ÇKYS record number.</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+322"/>
        <location line="+61"/>
        <source>{permit_id} numaralı izin bulunamadı.</source>
        <translation>Permit {permit_id} not found.</translation>
    </message>
    <message>
        <location line="-376"/>
        <source>{what} için gerekçe yazın.</source>
        <translation>Write a reason for {what}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{number} numaralı izin {effective_from:%d.%m.%Y} tarihinde iptal edilmiş; üzerinde işlem yapılamaz.</source>
        <translation>Permit {number} was revoked on {effective_from:%d.%m.%Y}; no action can be taken on it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} numaralı izin {effective_from:%d.%m.%Y} tarihinden itibaren iptal edilecek; o güne ya da sonrasına tarihli işlem yapılamaz. Daha erken bir tarihle iptal ederseniz planlanan iptalin yerine geçer.</source>
        <translation>Permit {number} will be revoked from {effective_from:%d.%m.%Y}; no action can be dated that day or later. Revoking with an earlier date replaces the planned revocation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{number} numaralı izin {on:%d.%m.%Y} tarihinde zaten askıda.</source>
        <translation>Permit {number} is already suspended on {on:%d.%m.%Y}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number} numaralı izin {on:%d.%m.%Y} tarihinde askıda değil.</source>
        <translation>Permit {number} is not suspended on {on:%d.%m.%Y}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+50"/>
        <source>Alan değişikliği</source>
        <translation>Change of areas</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+50"/>
        <source>En az bir USH alanı seçin; izni tümüyle kaldırmak için iptal edin.</source>
        <translation>Choose at least one USH area; to withdraw the permit entirely, revoke it.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Seçilen alanlar yürürlükteki belgeyle aynı; değişiklik yok.</source>
        <translation>The chosen areas are the same as on the document in force; nothing changes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{number} numaralı iznin imzası bekleyen bir alan değişikliği kararı var (karar {pending}); önce onu sonuçlandırın.</source>
        <translation>Permit {number} has an area amendment decision waiting to be signed (decision {pending}); finish it first.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Değişiklik tarihi</source>
        <translation>Date of the change</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Değişiklik tarihi yürürlükteki revizyonun tarihinden ({effective_from:%d.%m.%Y}) önce olamaz.</source>
        <translation>The amendment date cannot be before the date of the revision in force ({effective_from:%d.%m.%Y}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seçilen alanlar ve USBS üreticisi yürürlükteki belgeyle aynı; değişiklik yok.</source>
        <translation>The chosen areas and USBS producer are the same as on the document in force; nothing changes.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Alan değişikliği, ilk izin gibi ÇKYS&apos;den geçer: önce &apos;Alanları değiştir&apos; ile değişiklik kararını kaydedin, Kararlar sekmesinde ÇKYS dosyasını üretip ÇKYS&apos;ye kaydedildiğini işaretleyin, sonra imzalayın.</source>
        <translation>A change of areas goes through ÇKYS like the first permit: first record the amendment decision with &apos;Change areas&apos;, produce the ÇKYS file on the Decisions tab and mark it recorded in ÇKYS, then sign.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Değişiklik kararının alanları ÇKYS&apos;ye kaydedildi olarak işaretlenmeden imzalanamaz. {how}</source>
        <translation>The amendment decision cannot be signed before its areas are marked recorded in ÇKYS. {how}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bu değişiklik kararı zaten imzalandı.</source>
        <translation>This amendment decision is already signed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>İmzalanacak alanlar, ÇKYS&apos;ye kaydedilen değişiklik kararının alanlarıyla aynı olmalı.</source>
        <translation>The areas to sign must be the same as the areas of the amendment decision recorded in ÇKYS.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>USBS üreticisi bulunamadı (#{vendor_id}).</source>
        <translation>USBS producer not found (#{vendor_id}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seçilen ürün bu USBS üreticisinin değil.</source>
        <translation>The chosen product does not belong to this USBS producer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seçilen</source>
        <translation>The chosen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Askıya alma</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Askının bitiş tarihi başlangıç tarihinden sonra olmalı.</source>
        <translation>The end of the suspension must be after its start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Askının başlangıç tarihi</source>
        <translation>Start of the suspension</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Askı, iznin düzenlenme tarihinden önce başlayamaz.</source>
        <translation>A suspension cannot start before the permit&apos;s issue date.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Askıyı kaldırma</source>
        <translation>Lifting the suspension</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Askı, başladığı gün ya da daha önce kaldırılamaz.</source>
        <translation>A suspension cannot be lifted on or before the day it started.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>İptal</source>
        <translation>Revocation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>İptal tarihi</source>
        <translation>Revocation date</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>İptal tarihi iznin düzenlenme tarihinden önce olamaz.</source>
        <translation>The revocation date cannot be before the permit&apos;s issue date.</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Bu izin için kayıtlı belge bulunamadı.</source>
        <translation>No stored document was found for this permit.</translation>
    </message>
</context>
<context>
    <name>Süreler</name>
    <message>
        <location filename="../../app/workflows/common/deadlines.py" line="+197"/>
        <location filename="../../app/workflows/ism/notify.py" line="+269"/>
        <source>Gönderim tarihi başvuru tarihinden önce olamaz.</source>
        <translation>The sending date cannot be before the application date.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gönderim tarihi ({day}), yazının yanıt verdiği eksik tamamlama tarihinden ({before}) önce olamaz.</source>
        <translation>The sending date ({day}) cannot be before the completion the letter answers ({before}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gönderim tarihi ({day}), önceki yazının gönderim tarihinden ({before}) önce olamaz.</source>
        <translation>The sending date ({day}) cannot be before the previous letter&apos;s sending date ({before}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tamamlama tarihi ({day}), eksik evrak yazısının gönderim tarihinden ({before}) önce olamaz.</source>
        <translation>The completion date ({day}) cannot be before the deficiency notice was sent ({before}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nihai yazıdan ({last}) sonra başka olay olamaz ({day}).</source>
        <translation>No event can follow the final letter ({last}) ({day}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tamamlama ({day}) ancak bir eksik evrak yazısından sonra olabilir.</source>
        <translation>A completion ({day}) can only follow a missing-documents letter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yazı ({day}), yanıt verdiği eksik tamamlamadan ({later}) önce gönderilmiş olamaz.</source>
        <translation>The letter ({day}) cannot have been sent before the completion it answers ({later}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eksik evrak yazısından ({last}) sonra, eksikler tamamlanmadan yeni yazı ({day}) gönderilemez.</source>
        <translation>After the deficiency notice ({last}) no new letter ({day}) can be sent before the missing items are completed.</translation>
    </message>
</context>
<context>
    <name>Tablolar</name>
    <message>
        <location filename="../../app/workflows/common/table_labels.py" line="+12"/>
        <source>Başvurular</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Başvurunun istediği USH alanları</source>
        <translation>USH areas the application asks for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Başvurudaki sağlık meslek mensupları</source>
        <translation>Health professionals in the application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHGM&apos;nin belirlediği USH alanları</source>
        <translation>USH areas set by SHGM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denetim kaydı imzalı kontrol noktaları</source>
        <translation>Signed checkpoints of the audit trail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denetim kaydı</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denetim kaydının son halkası</source>
        <translation>Head of the audit trail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branşlar</source>
        <translation>Branches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ek-1 kontrol listesi cevapları</source>
        <translation>Ek-1 checklist answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teknik değerlendirme ölçütleri (sürümler)</source>
        <translation>Technical evaluation criteria (versions)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yetkinlik beyanları</source>
        <translation>Competence declarations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eksiklik tamamlamaları</source>
        <translation>Completions of deficiencies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eksiklikler</source>
        <translation>Deficiencies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgeler ve ekler</source>
        <translation>Documents and attachments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ek-1 maddeleri</source>
        <translation>Ek-1 items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ek-1 sürümleri</source>
        <translation>Ek-1 versions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sağlık tesisleri</source>
        <translation>Health facilities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tesis türleri</source>
        <translation>Facility types</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İSM duyuruları</source>
        <translation>İSM notices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Başvuru sahibine bildirim yazıları</source>
        <translation>Letters to the applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numara sayaçları</source>
        <translation>Number counters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İzin belgesindeki USH alanları</source>
        <translation>USH areas on the permit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İzin belgesi işlemleri (askı, iptal, değişiklik)</source>
        <translation>Permit events (suspension, revocation, amendment)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İzin belgesi sürümleri</source>
        <translation>Permit revisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faaliyet İzin Belgeleri</source>
        <translation>Operating permits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sağlık meslek mensupları</source>
        <translation>Health professionals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İller</source>
        <translation>Provinces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yüklü başvuru listeleri (sürümler)</source>
        <translation>Loaded reference lists (versions)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doğrulama hizmeti kaydı</source>
        <translation>Verification service log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doğrulama hizmeti anahtarı</source>
        <translation>Verification service key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHGM kararları</source>
        <translation>SHGM decisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Başvuru durum değişiklikleri</source>
        <translation>Application state changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ortak ayarlar</source>
        <translation>Shared settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teknik değerlendirmeler</source>
        <translation>Technical evaluations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kullanıcılar</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USH alanları</source>
        <translation>USH areas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USBS üreticisi erişim kodları</source>
        <translation>USBS producer access codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USBS denetim bulguları</source>
        <translation>USBS audit findings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USBS üreticisi denetimleri</source>
        <translation>USBS producer audits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KTS Yetki Belgeleri</source>
        <translation>KTS authorisation certificates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USBS üreticisi bilgi değişiklikleri</source>
        <translation>USBS producer information changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USBS üreticisi kayıt adımları</source>
        <translation>USBS producer registration steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USBS yazılımları</source>
        <translation>USBS products</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KTS liste durumu değişiklikleri</source>
        <translation>KTS list status changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USBS üreticisine uyarılar</source>
        <translation>Warnings to USBS producers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USBS üreticileri</source>
        <translation>USBS producers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belge doğrulama kayıtları</source>
        <translation>Document verification records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Çalışma izinleri</source>
        <translation>Work permits</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yedek</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yedeğin başka yerdeki kopyası</source>
        <translation>Off-site copy of a backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Örnek veri yüklemesi</source>
        <translation>Demo data load</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tüm verilerin dışa aktarımı</source>
        <translation>Export of all data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liste dışa aktarımı</source>
        <translation>List export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oturum açma</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geri dönüş testi</source>
        <translation>Restore test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veritabanı şeması</source>
        <translation>Database schema</translation>
    </message>
    <message>
        <location filename="../../app/workflows/common/tabular_export.py" line="-49"/>
        <source>başvuru listesi</source>
        <translation>the list of applications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gösterge paneli tablosu</source>
        <translation>the dashboard table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aylık İSM raporu</source>
        <translation>the monthly İSM report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHGM listesi</source>
        <translation>the SHGM list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USBS üreticileri listesi</source>
        <translation>the list of USBS producers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genel Yetkinlik Puanı listesi</source>
        <translation>the Genel Yetkinlik Puanı list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>denetim kaydı</source>
        <translation>the audit trail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kullanıcı listesi</source>
        <translation>the list of users</translation>
    </message>
</context>
<context>
    <name>Yetki</name>
    <message>
        <location filename="../../app/workflows/common/permissions.py" line="+25"/>
        <source>Bu işlem ({action}) için yetkiniz yok: yalnızca {allowed} yapabilir.</source>
        <translation>You are not authorised for this action ({action}): only {allowed} may do it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bu işlem için yetkiniz yok: yalnızca {allowed} yapabilir.</source>
        <translation>You are not authorised for this action: only {allowed} may do it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bu kayıt başka bir ile ait; yalnızca kendi ilinizin kayıtlarında işlem yapabilirsiniz ({action}).</source>
        <translation>This record belongs to another province; you can act only on your own province&apos;s records ({action}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bu kayıt başka bir ile ait; yalnızca kendi ilinizin kayıtlarında işlem yapabilirsiniz.</source>
        <translation>This record belongs to another province; you can act only on your own province&apos;s records.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{what} için yetkiniz yok: yalnızca {allowed} görebilir.</source>
        <translation>You are not authorised to see this ({what}): only {allowed} may see it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} başka bir ile ait; yalnızca kendi ilinizin kayıtlarını görebilirsiniz.</source>
        <translation>{what} belongs to another province; you can see only your own province&apos;s records.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bu başvuru</source>
        <translation>This application</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bu izin belgesi</source>
        <translation>This permit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>KTS kayıtları</source>
        <translation>KTS records</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bu ilin KTS bildirimleri</source>
        <translation>This province&apos;s KTS notices</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bu belge</source>
        <translation>This document</translation>
    </message>
    <message>
        <location filename="../../app/workflows/admin/letter_settings.py" line="-9"/>
        <source>yazı bilgileri</source>
        <translation>letter details</translation>
    </message>
    <message>
        <location filename="../../app/workflows/admin/audit_view.py" line="+43"/>
        <location line="+43"/>
        <location line="+6"/>
        <source>denetim kayıtlarını görmek</source>
        <translation>viewing the audit trail</translation>
    </message>
    <message>
        <location filename="../../app/workflows/admin/backup.py" line="+248"/>
        <source>yedek almak</source>
        <translation>making a backup</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>geri dönüş testi yapmak</source>
        <translation>running a restore test</translation>
    </message>
    <message>
        <location filename="../../app/workflows/admin/backup_schedule.py" line="+87"/>
        <source>yedekleme aralıklarını değiştirmek</source>
        <translation>changing the backup intervals</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>yedeğin başka yere kopyasını kaydetmek</source>
        <translation>recording an off-site copy of a backup</translation>
    </message>
    <message>
        <location filename="../../app/workflows/admin/export.py" line="+106"/>
        <source>verileri dışa aktarmak</source>
        <translation>exporting data</translation>
    </message>
    <message>
        <location filename="../../app/workflows/admin/users.py" line="-74"/>
        <source>kullanıcıları listelemek</source>
        <translation>listing users</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>kullanıcı bilgisi görmek</source>
        <translation>viewing a user&apos;s details</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>kullanıcı eklemek</source>
        <translation>adding a user</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>kullanıcı bilgilerini değiştirmek</source>
        <translation>changing a user&apos;s details</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>kullanıcı hesabı kapatmak</source>
        <translation>closing a user account</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>kullanıcı hesabı açmak</source>
        <translation>reopening a user account</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kilitli hesabı açmak</source>
        <translation>unlocking an account</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>parola sıfırlamak</source>
        <translation>resetting a password</translation>
    </message>
    <message>
        <location filename="../../app/workflows/common/system_settings.py" line="-94"/>
        <source>aktif listeden çıkan üreticinin tesisleri ayarını değiştirme</source>
        <translation>changing the setting for the facilities of a producer leaving the active list</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>doğrulama adresini değiştirme</source>
        <translation>changing the verification address</translation>
    </message>
    <message>
        <location filename="../../app/workflows/kts/access_codes.py" line="-150"/>
        <source>USBS üreticileri</source>
        <translation>USBS producers</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>erişim kodu verme</source>
        <translation>issuing an access code</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>erişim kodunu yenileme</source>
        <translation>renewing an access code</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>erişim kodunu kapatma</source>
        <translation>closing an access code</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>USBS üreticisinin erişim kodları</source>
        <translation>The USBS producer&apos;s access codes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>hizmet sorgusu sınırını değiştirme</source>
        <translation>changing the service query limit</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>USBS üreticisinin sorguları</source>
        <translation>The USBS producer&apos;s queries</translation>
    </message>
    <message>
        <location filename="../../app/workflows/kts/audits.py" line="-226"/>
        <source>denetim planlama</source>
        <translation>planning an audit</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>denetim sonucunu kaydetme</source>
        <translation>recording an audit result</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>test raporu ekleme</source>
        <translation>adding a test report</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Denetim kayıtları</source>
        <translation>Audit records</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bu ilin USBS üreticisi denetimleri</source>
        <translation>This province&apos;s USBS producer audits</translation>
    </message>
    <message>
        <location filename="../../app/workflows/kts/competence.py" line="-154"/>
        <source>Genel Yetkinlik Puanı ağırlıklarını değiştirme</source>
        <translation>changing the Genel Yetkinlik Puanı weights</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+242"/>
        <location line="+27"/>
        <source>Teknik değerlendirme planı</source>
        <translation>Technical evaluation plan</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>teknik değerlendirme planlama</source>
        <translation>planning a technical evaluation</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>teknik değerlendirme kaydı</source>
        <translation>recording a technical evaluation</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>yetkinlik bilgisi kaydı</source>
        <translation>recording competence information</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+149"/>
        <source>Teknik değerlendirmeler</source>
        <translation>Technical evaluations</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Teknik değerlendirme ölçütleri</source>
        <translation>Technical evaluation criteria</translation>
    </message>
    <message>
        <location filename="../../app/workflows/kts/info_changes.py" line="-23"/>
        <source>üretici bilgi değişikliği kaydı</source>
        <translation>recording a producer information change</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+7"/>
        <source>üretici bilgi değişiklikleri</source>
        <translation>producer information changes</translation>
    </message>
    <message>
        <location filename="../../app/workflows/kts/registry.py" line="-58"/>
        <source>KTS başvurusu kaydı</source>
        <translation>recording a KTS application</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>ürün ekleme</source>
        <translation>adding a product</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ürünün ÜTS kaydı bilgisi</source>
        <translation>the product&apos;s ÜTS registration flag</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>üretici belgesi ekleme</source>
        <translation>adding a producer document</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>onboarding aşaması kaydı</source>
        <translation>recording an onboarding step</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>KTS&apos;de ilan</source>
        <translation>announcing in KTS</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>uyarı verme</source>
        <translation>giving a warning</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>uyarının giderildiğini kaydetme</source>
        <translation>recording that a warning was remedied</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>aktif listeye geri alma</source>
        <translation>returning to the active list</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>KTS&apos;den silme</source>
        <translation>deleting from KTS</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>erişim kodu süresini uzatma</source>
        <translation>extending an access code</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>bildirimi okundu işaretleme</source>
        <translation>marking a notice as read</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>KTS Yetki Belgesi düzenleme</source>
        <translation>issuing a KTS Yetki Belgesi</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>KTS Yetki Belgesi iptali</source>
        <translation>revoking a KTS Yetki Belgesi</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>KTS Yetki Belgesi</source>
        <translation>KTS authorisation certificate</translation>
    </message>
    <message>
        <location filename="../../app/workflows/shgm/who.py" line="+36"/>
        <source>Bu işlemi yalnızca {allowed} yapabilir.</source>
        <translation>Only {allowed} may do this.</translation>
    </message>
    <message>
        <location filename="../../app/workflows/kts/queries.py" line="-24"/>
        <source>USBS üretici listesi</source>
        <translation>USBS producer list</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>USBS üreticisinin dosyası</source>
        <translation>The USBS producer&apos;s file</translation>
    </message>
    <message>
        <location filename="../../app/workflows/shgm/permits.py" line="-552"/>
        <source>izin belgesi düzenleme</source>
        <translation>issuing a permit</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>resen izin belgesi</source>
        <translation>ex officio permit</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>izin alan değişikliği kararı</source>
        <translation>decision on a change of a permit&apos;s areas</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>izin alan değişikliği</source>
        <translation>change of a permit&apos;s areas</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>izni askıya alma</source>
        <translation>suspending a permit</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>askıyı kaldırma</source>
        <translation>lifting a suspension</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>izni iptal etme</source>
        <translation>revoking a permit</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+61"/>
        <source>izin belgesi</source>
        <translation>permit</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>izin geçmişi</source>
        <translation>permit history</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bu tesisin izin geçmişi</source>
        <translation>This facility&apos;s permit history</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>izin listesi</source>
        <translation>list of permits</translation>
    </message>
    <message>
        <location filename="../../app/workflows/common/context.py" line="-51"/>
        <source>Hesabınız kapatılmış; bu işlem kaydedilmedi. Oturumu kapatın ve sistem yöneticinize başvurun.</source>
        <translation>Your account has been closed; this action was not saved. Log out and contact your system administrator.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hesabınızın rolü oturum açtıktan sonra değiştirildi (yeni rolünüz: {role}); bu işlem kaydedilmedi. Yeni yetkilerinizle çalışmak için yeniden giriş yapın.</source>
        <translation>Your account&apos;s role was changed after you logged in (your new role: {role}); this action was not saved. Log in again to work with your new permissions.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hesabınızın ili oturum açtıktan sonra değiştirildi; bu işlem kaydedilmedi. Yeni ilinizin kayıtlarıyla çalışmak için yeniden giriş yapın.</source>
        <translation>Your account&apos;s province was changed after you logged in; this action was not saved. Log in again to work with your new province&apos;s records.</translation>
    </message>
    <message>
        <location filename="../../app/workflows/common/tabular_export.py" line="+38"/>
        <source>{what} dışa aktarmak</source>
        <translation>exporting {what}</translation>
    </message>
    <message>
        <location filename="../../app/workflows/ism/intake.py" line="+222"/>
        <source>başvuru kaydı</source>
        <translation>registering an application</translation>
    </message>
    <message>
        <location filename="../../app/workflows/ism/notify.py" line="-64"/>
        <source>bildirim</source>
        <translation>notification</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>eksik tamamlama</source>
        <translation>completion of missing items</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>SHGM&apos;ye gönderme</source>
        <translation>sending to SHGM</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>geri çekme</source>
        <translation>withdrawal</translation>
    </message>
    <message>
        <location filename="../../app/workflows/ism/review.py" line="-13"/>
        <source>Ek-1 inceleme</source>
        <translation>Ek-1 examination</translation>
    </message>
    <message>
        <location filename="../../app/workflows/shgm/decisions.py" line="-447"/>
        <source>SHGM kuyruğu</source>
        <translation>SHGM queue</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>SHGM inceleme</source>
        <translation>SHGM review</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SHGM kararı</source>
        <translation>SHGM decision</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SHGM kararları</source>
        <translation>SHGM decisions</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>USH alanlarını belirleme</source>
        <translation>setting the USH areas</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>SHGM ret</source>
        <translation>SHGM rejection</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+48"/>
        <source>resen izin</source>
        <translation>ex officio permit</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>ÇKYS dosyası</source>
        <translation>ÇKYS file</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>ÇKYS kaydı</source>
        <translation>ÇKYS record</translation>
    </message>
</context>
<context>
    <name>Yetki sorgulama</name>
    <message>
        <location filename="../../app/workflows/common/checks.py" line="+27"/>
        <source>Yalnızca KTS&apos;de aktif listede yayımlanan USBS üreticileri USH faaliyet izni almış sağlık tesislerinde hizmet verebilir.</source>
        <translation>Only USBS producers published on the KTS active list may serve health facilities holding a USH activity permit.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>{facility} tesisinin {day} tarihinde yürürlükteki izninde USH için kullandığı USBS üreticisi kayıtlı değil; üreticinin KTS aktif listesinde olduğu doğrulanamadı.</source>
        <translation>The permit of {facility} in force on {day} records no USBS producer used for USH; it cannot be verified that the producer is on the KTS active list.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{facility} tesisinin USH için kullandığı USBS üreticisi {vendor} {day} tarihinde</source>
        <translation>On {day} the USBS producer {vendor} used by {facility} for USH</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yazılım erişim kodu {day} tarihinde kapatıldı</source>
        <translation>its software access code was closed on {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yazılım erişim kodu yok</source>
        <translation>it has no software access code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{head} KTS&apos;den silinmiş ve {closed} (durumu: {status}). {rule}</source>
        <translation>{head} is deleted from KTS and {closed} (status: {status}). {rule}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; yazılım erişim kodu {day} tarihine kadar açık</source>
        <translation>; its software access code is open until {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Silinen üretici aktif listeye dönene kadar yeni tesise hizmet veremez.</source>
        <translation> A deleted producer may not serve a new facility until it is back on the active list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{head} KTS&apos;den silinmiş{code} (durumu: {status}). {rule}{new}</source>
        <translation>{head} is deleted from KTS{code} (status: {status}). {rule}{new}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> Pasif listedeki üretici aktif listeye dönene kadar yeni tesise hizmet veremez.</source>
        <translation> A producer on the passive list may not serve a new facility until it is back on the active list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{head} KTS pasif listesinde (durumu: {status}). {rule}{new}</source>
        <translation>{head} is on the KTS passive list (status: {status}). {rule}{new}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{head} KTS aktif listesinde değil (durumu: {status}). {rule}</source>
        <translation>{head} is not on the KTS active list (status: {status}). {rule}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sağlık tesisi bulunamadı ({ref}).</source>
        <translation>Health facility not found ({ref}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bilinmeyen USH alanı: {code}.</source>
        <translation>Unknown USH area: {code}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{facility} tesisinin {day} tarihinde &apos;{area}&apos; alanını kapsayan geçerli bir uzaktan sağlık hizmeti faaliyet izni yok.</source>
        <translation>{facility} has no remote health service permit covering &apos;{area}&apos; valid on {day}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{error} ({tckn})</source>
        <translation>{error} ({tckn})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bu TC kimlik numarasıyla kayıtlı sağlık meslek mensubu yok ({tckn}).</source>
        <translation>No health professional is recorded with this TC identity number ({tckn}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: Türkiye&apos;de mesleğini icra yetkisi doğrulanamadı (diploma/tescil kaydı yok).</source>
        <translation>{name}: the authorisation to practise in Türkiye could not be verified (no diploma/registration record).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: Türkiye&apos;de mesleğini icra yetkisinin süresi {day} tarihinde dolmuş.</source>
        <translation>{name}: the authorisation to practise in Türkiye expired on {day}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: mesleğini icra yetkisi {since} tarihinden itibaren askıya alınmış (askı {until} tarihinde sona eriyor).</source>
        <translation>{name}: the authorisation to practise is suspended from {since} (the suspension ends on {until}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: mesleğini icra yetkisi {since} tarihinden itibaren askıya alınmış.</source>
        <translation>{name}: the authorisation to practise is suspended from {since}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: {facility} tesisinde {day} tarihinde geçerli çalışma izni yok (kayıtlı çalışma izninin süresi bu tarihi kapsamıyor).</source>
        <translation>{name}: no work permit at {facility} valid on {day} (the recorded work permit does not cover this date).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {facility} tesisinde adına düzenlenmiş bir çalışma izni yok.</source>
        <translation>{name}: no work permit has been issued in this name at {facility}.</translation>
    </message>
</context>
<context>
    <name>Yönetim</name>
    <message>
        <location filename="../../app/workflows/admin/backup_schedule.py" line="-44"/>
        <source>Yedek aralığı 1 ile 366 gün arasında olmalı.</source>
        <translation>The backup interval must be between 1 and 366 days.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Başka yerdeki kopya aralığı 1 ile 366 gün arasında olmalı.</source>
        <translation>The off-site copy interval must be between 1 and 366 days.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Tamamlanmış bir yedek bulunamadı: {value}.</source>
        <translation>No completed backup was found: {value}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kopyanın bulunduğu yeri yazın (bina, kasa ya da sunucu adı).</source>
        <translation>Write where the copy is kept (building, safe or server name).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kopyalama tarihi ileri bir tarih olamaz ({copied_on:%d.%m.%Y}).</source>
        <translation>The copy date cannot be a future date ({copied_on:%d.%m.%Y}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kopyalama tarihi yedeğin alındığı günden ({at:%d.%m.%Y}) önce olamaz.</source>
        <translation>The copy date cannot be before the day the backup was made ({at:%d.%m.%Y}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hiç yedek alınmamış. Yönetmelik (SBYS md. 15) veritabanının düzenli yedeklenmesini ister.</source>
        <translation>No backup has been taken. The regulation (SBYS art. 15) requires regular backups of the database.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Son yedek {day} tarihinde alınmış ({days} günden eski). Yönetmelik (SBYS md. 15) düzenli yedek ister.</source>
        <translation>The last backup was taken on {day} (older than {days} days). The regulation (SBYS art. 15) requires regular backups.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hiçbir yedeğin başka bir fiziksel yere kopyalandığı kaydedilmemiş (SBYS md. 15). Kopyalayıp Bakım&apos;da &quot;Başka yere kopyalandı…&quot; ile kaydedin.</source>
        <translation>No backup has been recorded as copied to another physical location (SBYS art. 15). Copy one and record it under Maintenance with &quot;Copied off-site…&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yedeğin başka bir fiziksel yere son kopyası {day} tarihli ({days} günden eski; SBYS md. 15).</source>
        <translation>The last copy of a backup in another physical location is dated {day} (older than {days} days; SBYS art. 15).</translation>
    </message>
    <message>
        <location filename="../../app/workflows/admin/export.py" line="-46"/>
        <source>Dışa aktarma iptal edildi; yarım kalan klasör silindi, hiçbir dosya bırakılmadı.</source>
        <translation>The export was cancelled; the unfinished folder was deleted and no file was left.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Biçim json ya da csv olmalı.</source>
        <translation>The format must be json or csv.</translation>
    </message>
    <message>
        <location filename="../../app/workflows/admin/users.py" line="-384"/>
        <source>Kullanıcı adı ya da parola yanlış.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Çok sayıda hatalı giriş denemesi yapıldı. Hesabınız {hhmm}{suffix} kadar kilitli; o saatten sonra yeniden deneyin ya da sistem yöneticinize başvurun.</source>
        <translation>Too many failed login attempts. Your account is locked until {hhmm}; try again after that time or contact your system administrator.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bu hesap kapatılmış; giriş yapılamaz. Sistem yöneticinize başvurun.</source>
        <translation>This account is closed; it cannot log in. Contact your system administrator.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>İlk girişiniz ya da parolanız sıfırlandı: devam etmek için yeni bir parola belirleyin.</source>
        <translation>This is your first login or your password was reset: set a new password to continue.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Parola en az {n} karakter olmalı.</source>
        <translation>The password must have at least {n} characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parolada en az bir harf bulunmalı.</source>
        <translation>The password must contain at least one letter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parolada en az bir rakam bulunmalı.</source>
        <translation>The password must contain at least one digit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parola boşlukla başlayamaz ya da bitemez.</source>
        <translation>The password cannot begin or end with a space.</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+356"/>
        <source>Yeni parola eskisiyle aynı olamaz.</source>
        <translation>The new password cannot be the same as the old one.</translation>
    </message>
    <message>
        <location line="-343"/>
        <location line="+347"/>
        <source>Mevcut parola yanlış.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <location line="-287"/>
        <location line="+55"/>
        <source>Kullanıcı bulunamadı.</source>
        <translation>User not found.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Kullanıcı adı 3-60 karakter olmalı; yalnızca küçük İngilizce harf, rakam, nokta, tire ve alt çizgi içerebilir.</source>
        <translation>The user name must have 3-60 characters; only lower-case English letters, digits, dot, hyphen and underscore are allowed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ad soyad boş olamaz.</source>
        <translation>The full name must not be empty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} rolü bir ile bağlı olmalı; il seçin.</source>
        <translation>The {label} role must belong to a province; choose a province.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seçilen il bulunamadı.</source>
        <translation>The chosen province was not found.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} rolü bir ile bağlanamaz; il boş bırakılmalı.</source>
        <translation>The {label} role cannot belong to a province; leave the province empty.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&apos;{name}&apos; kullanıcı adı zaten kullanılıyor.</source>
        <translation>The user name &apos;{name}&apos; is already in use.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Son etkin sistem yöneticisinin rolü değiştirilemez; önce başka bir yönetici ekleyin.</source>
        <translation>The role of the last active system administrator cannot be changed; add another administrator first.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kendi hesabınızı kapatamazsınız.</source>
        <translation>You cannot close your own account.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Son etkin sistem yöneticisinin hesabı kapatılamaz.</source>
        <translation>The account of the last active system administrator cannot be closed.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&apos;{username}&apos; adında bir kullanıcı yok.</source>
        <translation>There is no user named &apos;{username}&apos;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{username}&apos; adında etkin bir kullanıcı yok.</source>
        <translation>There is no active user named &apos;{username}&apos;.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Veritabanı sunucusuna bağlanılamadı; ağ bağlantısını denetleyip yeniden deneyin.</source>
        <translation>Could not connect to the database server; check the network connection and try again.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>--as yalnızca bağlanan hesabın kendisi olabilir; başka bir hesap adına çalışmak için o hesabın kullanıcı adı ve parolasıyla bağlanın.</source>
        <translation>--as can only be the connected account itself; to act as another account, connect with that account&apos;s user name and password.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bu komut bir hesap adına çalışır: --as KULLANICI verin (parola sorulur ya da --password-stdin ile okunur).</source>
        <translation>This command acts as an account: give --as USER (the password is asked, or read with --password-stdin).</translation>
    </message>
    <message>
        <location filename="../../app/workflows/admin/backup.py" line="-340"/>
        <source>Yedekleme iptal edildi; yarım kalan yedek klasörü silindi.</source>
        <translation>The backup was cancelled; the unfinished backup folder was deleted.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Geri dönüş testi iptal edildi; tutanak yazılmadı, test kaydedilmedi.</source>
        <translation>The restore test was cancelled; no report was written and the test was not recorded.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>{what} başarısız oldu: {detail}</source>
        <translation>{what} failed: {detail}</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>PostgreSQL yedeği alınamıyor: pg_dump bulunamadı. PostgreSQL istemci araçlarını (sunucuyla aynı ana sürüm) kurun.</source>
        <translation>The PostgreSQL backup cannot be taken: pg_dump was not found. Install the PostgreSQL client tools (the server&apos;s major version).</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Yedeğin yanında {manifest} bulunamadı: {folder}</source>
        <translation>{manifest} was not found next to the backup: {folder}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{manifest} okunamadı: {detail}</source>
        <translation>{manifest} could not be read: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tanınmayan yedek biçimi: {format}</source>
        <translation>Unknown backup format: {format}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yedek dosyası bulunamadı: {file}</source>
        <translation>Backup file not found: {file}</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Geri yüklenen veritabanı bütünlük denetiminden geçemedi: {detail}</source>
        <translation>The restored database failed the integrity check: {detail}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PostgreSQL yedeği yalnızca bir PostgreSQL sunucusunda denenebilir.</source>
        <translation>A PostgreSQL backup can be tested only on a PostgreSQL server.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pg_restore bulunamadı.</source>
        <translation>pg_restore was not found.</translation>
    </message>
    <message>
        <location filename="../../app/workflows/admin/audit_anchor.py" line="+65"/>
        <source>Denetim izinin baş kaydı (audit_head) yok; kontrol noktası imzalanmadı. &apos;ush-izin audit verify&apos; ile denetleyin.</source>
        <translation>The audit trail&apos;s head record (audit_head) is missing; no checkpoint was signed. Check with &apos;ush-izin audit verify&apos;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Denetim izinin baş kaydı son kayıtla uyuşmuyor; kontrol noktası imzalanmadı. &apos;ush-izin audit verify&apos; ile denetleyin.</source>
        <translation>The audit trail&apos;s head record does not match the last entry; no checkpoint was signed. Check with &apos;ush-izin audit verify&apos;.</translation>
    </message>
</context>
<context>
    <name>İSM</name>
    <message>
        <location filename="../../app/workflows/ism/notify.py" line="-157"/>
        <source>Ek-1 incelemesi tamamlanmadı; cevaplanmamış maddeler: {numbers}.</source>
        <translation>The Ek-1 review is not complete; unanswered items: {numbers}.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{sayi} sayılı bir yazı bu ilde zaten kayıtlı.</source>
        <translation>A letter numbered {sayi} is already recorded in this province.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Yazı kaydı bulunamadı.</source>
        <translation>Letter record not found.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gönderim kanalını seçin.</source>
        <translation>Choose the sending channel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yazıyı imzalayan yetkilinin adı zorunludur.</source>
        <translation>The name of the official who signed the letter is required.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gönderim tarihi ileri bir tarih olamaz; yazı gönderildikten sonra kaydedin.</source>
        <translation>The sending date cannot be in the future; record the letter after it has been sent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yazı tarihi gönderim tarihinden sonra olamaz.</source>
        <translation>The letter date cannot be after the sending date.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tamamlama tarihi ileri bir tarih olamaz.</source>
        <translation>The completion date cannot be a future date.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Geri çekme için başvuru sahibinin talebini (gerekçe) yazın.</source>
        <translation>For a withdrawal, write the applicant&apos;s request (reason).</translation>
    </message>
    <message>
        <location filename="../../app/workflows/ism/reports.py" line="+85"/>
        <source>Ay 1 ile 12 arasında olmalıdır.</source>
        <translation>The month must be between 1 and 12.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Yalnızca kendi ilinizin raporunu alabilirsiniz.</source>
        <translation>You can only get your own province&apos;s report.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{province_id} plaka kodlu il bulunamadı.</source>
        <translation>No province with plate code {province_id} was found.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Geçersiz ay: {text!r} (beklenen biçim YYYY-AA).</source>
        <translation>Invalid month: {text!r} (expected form YYYY-MM).</translation>
    </message>
    <message>
        <location filename="../../app/workflows/ism/review.py" line="-6"/>
        <source>neden uygun olmadığını</source>
        <translation>why it is not suitable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neyin eksik olduğunu</source>
        <translation>what is missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} cevabı için açıklamaya {what} yazın.</source>
        <translation>For the answer {value}, write {what} in the note.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{label}&apos; durumundaki başvurunun Ek-1 cevapları değiştirilemez.</source>
        <translation>The Ek-1 answers of an application in state &apos;{label}&apos; cannot be changed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bu madde başvurunun Ek-1 listesinde yok.</source>
        <translation>This item is not in the application&apos;s Ek-1 list.</translation>
    </message>
    <message>
        <location filename="../../app/workflows/ism/worklist.py" line="+511"/>
        <source>Geçersiz ay: {month!r} (beklenen biçim YYYY-AA).</source>
        <translation>Invalid month: {month!r} (expected form YYYY-MM).</translation>
    </message>
    <message>
        <location filename="../../app/workflows/ism/intake.py" line="-105"/>
        <source>Başvurunun alındığı tarih ve saat zorunludur.</source>
        <translation>The date and time the application was received are required.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Başvurunun alındığı zaman</source>
        <translation>The time the application was received</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Başvuru tarihi ileri bir tarih olamaz.</source>
        <translation>The application date cannot be in the future.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Başvuru kanalını seçin (EBYS, KEP, e-Devlet ya da elden).</source>
        <translation>Choose the application channel (EBYS, KEP, e-Devlet or by hand).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EBYS ve KEP başvurularında evrak sayısı zorunludur.</source>
        <translation>The document number (sayı) is required for EBYS and KEP applications.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>En az bir USH alanı seçin.</source>
        <translation>Choose at least one USH area.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{code}&apos; geçerli bir USH alanı değil.</source>
        <translation>&apos;{code}&apos; is not a valid USH area.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kullanılacak USBS üreticisini seçin.</source>
        <translation>Choose the USBS producer to be used.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seçilen üreticinin bir USBS ürününü seçin.</source>
        <translation>Choose a USBS product of the chosen producer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Başvuru tarihinde yürürlükte bir Ek-1 sürümü yok; yönetici Ek-1 sürümlerini denetlemeli.</source>
        <translation>No Ek-1 version is in force on the application date; the administrator should check the Ek-1 versions.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seçilen sağlık tesisi bulunamadı.</source>
        <translation>The chosen health facility was not found.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bir sağlık tesisi seçin ya da yeni tesis bilgilerini girin.</source>
        <translation>Choose a health facility or enter the new facility&apos;s details.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{code} ÇKYS kodlu bir tesis zaten kayıtlı; listeden seçin.</source>
        <translation>A facility with ÇKYS code {code} is already registered; choose it from the list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tesis adı zorunludur.</source>
        <translation>The facility name is required.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tesis türünü seçin.</source>
        <translation>Choose the facility type.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tesisin ilini seçin.</source>
        <translation>Choose the facility&apos;s province.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vergi kimlik numarası ya da (şahıs tesislerinde) TC kimlik numarası zorunludur.</source>
        <translation>The tax number or (for facilities owned by a person) the TC kimlik number is required.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hizmeti verecek en az bir sağlık meslek mensubu ekleyin.</source>
        <translation>Add at least one health professional who will give the service.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n}. meslek mensubu</source>
        <translation>Professional {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who}: {error}</source>
        <translation>{who}: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who}: aynı TC kimlik numarası iki kez girilmiş.</source>
        <translation>{who}: the same TC kimlik number was entered twice.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{who}: ad ve soyad zorunludur.</source>
        <translation>{who}: first and last name are required.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who}: meslek zorunludur.</source>
        <translation>{who}: the profession is required.</translation>
    </message>
</context>
</TS>
