<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="tr_TR">
<context>
    <name>FraudDialog</name>
    <message>
        <location filename="../../app/ui/kts/dialogs.py" line="+176"/>
        <location line="+11"/>
        <source>Uyarısız silme</source>
        <translation>Deletion without warning</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>{name} gerçeğe aykırı bilgi ya da belge, yanıltıcı veri gönderimi ya da yazılım erişim kodunun üçüncü kişilerle paylaşılması nedeniyle uyarı yapılmaksızın KTS&apos;den silinecek. Yeni başvurusu bir yıl kabul edilmez; erişim kodu 3 ay içinde kapanır. Hizmet verdiği illerin İSM&apos;lerine bildirim gider.</source>
        <translation>{name} will be deleted from KTS without warning for false information or documents, misleading data sending or sharing the software access code with third parties. No new application is accepted for one year; the access code closes within 3 months. The İSMs of the provinces it serves are notified.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Gerekçe:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Silme tarihi:</source>
        <translation>&amp;Deletion date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KTS&apos;den &amp;sil</source>
        <translation>&amp;Delete from KTS</translation>
    </message>
</context>
<context>
    <name>KtsDesk</name>
    <message>
        <location filename="../../app/ui/kts/desk.py" line="+357"/>
        <source>USBS Üreticileri (KTS)</source>
        <translation>USBS vendors (KTS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yetki Sorgulama</source>
        <translation>Authorisation check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pasif</source>
        <translation>Passive</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Silinmiş</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Başvuru aşamasında</source>
        <translation>In application</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tümü</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firma adı ya da vergi no ile ara</source>
        <translation>Search by firm name or tax number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kuralları uygula</source>
        <translation>&amp;Apply rules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yeni başvuru…</source>
        <translation>&amp;New application…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO/IEC 27001 sertifikası (TÜRKAK akrediteli kuruluştan)</source>
        <translation>ISO/IEC 27001 certificate (from a TÜRKAK-accredited body)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPICE (ISO/IEC 15504) en az 2. seviye belgesi</source>
        <translation>SPICE (ISO/IEC 15504) level 2 or higher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CMMI en az 3. seviye belgesi (ya da TSE eşdeğeri)</source>
        <translation>CMMI level 3 or higher (or the TSE equivalent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ÜTS kaydı (ÜTS kaydı gerektiren yazılımlar için)</source>
        <translation>ÜTS record (for software that needs ÜTS registration)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genel belge (imza sirküleri, ticaret sicil gazetesi vb.)</source>
        <translation>General document (signature circular, trade registry gazette etc.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Belge ekle…</source>
        <translation>Add &amp;document…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uyarısız &amp;sil…</source>
        <translation>&amp;Delete without warning…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gerçeğe aykırı belge ya da erişim kodunun paylaşılması (SBYS Yönetmeliği md. 8)</source>
        <translation>False documents or a shared access code (SBYS Regulation art. 8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SBYS Yönetmeliği md. 7-8: süresinde giderilmeyen uyarı → pasif; 3 ayda dönmeyen ya da bir yılda 3 kez pasif olan → silinir</source>
        <translation>SBYS Regulation art. 7-8: warning not fixed in time → passive; not back within 3 months or passive 3 times in a year → deleted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firma</source>
        <translation>Firm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vergi no</source>
        <translation>Tax no</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Durum</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Tarihinden beri</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Sonraki aşama</source>
        <translation>Next stage</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Genel</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aşamalar</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uyarılar</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yetki Belgesi</source>
        <translation>Authorisation certificate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Ürünler&lt;/b&gt;</source>
        <translation>&lt;b&gt;Products&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Belgeler&lt;/b&gt;</source>
        <translation>&lt;b&gt;Documents&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Liste geçmişi&lt;/b&gt;</source>
        <translation>&lt;b&gt;List history&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ürün</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sürüm</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KTS kayıt no</source>
        <translation>KTS registration no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tür</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dosya</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Boyut</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Tarih</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Gerekçe</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aşama</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sonuç</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Görevli</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aşama:</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sonuç:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tarih:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aşamayı &amp;kaydet</source>
        <translation>&amp;Record stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KTS&apos;de &amp;ilan et</source>
        <translation>&amp;Announce in KTS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uyarı tarihi</source>
        <translation>Warning date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Son gün</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giderildi</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eksiklik</source>
        <translation>Deficiency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denetimde tespit edilen eksiklik için uyarı</source>
        <translation>Warning for a deficiency found in an audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eksiklik:</source>
        <translation>Deficiency:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uyarı tarihi:</source>
        <translation>Warning date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giderme süresi son günü:</source>
        <translation>Last day to fix:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uyarı ver</source>
        <translation>&amp;Give warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tarih:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seçili uyarı &amp;giderildi</source>
        <translation>Selected warning &amp;fixed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Aktif listeye geri al</source>
        <translation>&amp;Back to the active list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belge no</source>
        <translation>Certificate no</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Başlangıç</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bitiş</source>
        <translation>Until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doğrulama kodu</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>İptal</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yeni KTS Yetki Belgesi</source>
        <translation>New KTS authorisation certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geçerlilik başlangıcı:</source>
        <translation>Valid from:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geçerlilik bitişi:</source>
        <translation>Valid until:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yetki Belgesi &amp;düzenle</source>
        <translation>&amp;Issue certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seçili belgeyi ö&amp;nizle</source>
        <translation>&amp;Preview selected certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seçili belgeyi iptal e&amp;t</source>
        <translation>Revo&amp;ke selected certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yetki Belgesi yalnızca aktif listedeki üreticiye, geçerlilik süresiyle verilir; pasif üretici aktif listeye dönene kadar belge alamaz.</source>
        <translation>A certificate is issued only to a vendor on the active list, with a validity period; a passive vendor gets none until it is active again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kural sonuçları</source>
        <translation>Rule results</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+268"/>
        <source>Yetki Belgesi doğrulama</source>
        <translation>Certificate verification</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Belgedeki doğrulama kodu</source>
        <translation>Verification code on the certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doğ&amp;rula</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+35"/>
        <source>USBS Üreticileri</source>
        <translation>USBS vendors</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bir üretici seçin.</source>
        <translation>Select a vendor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vergi kimlik no: {v}</source>
        <translation>Tax number: {v}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MERSİS no: {v}</source>
        <translation>MERSİS no: {v}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firma yetkilisi: {v}</source>
        <translation>Signatory: {v}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adres: {v}</source>
        <translation>Address: {v}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durum: {s} ({d} tarihinden beri)</source>
        <translation>Status: {s} (since {d})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Yeni başvuru {d} tarihine kadar kabul edilmez.</source>
        <translation>No new application is accepted until {d}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Eksik belgeler: {m}</source>
        <translation>Missing documents: {m}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Başvuru aşamasında değil.</source>
        <translation>Not in application.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Onboarding aşaması</source>
        <translation>Onboarding stage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>KTS&apos;de ilan</source>
        <translation>Announcement in KTS</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <location line="+2"/>
        <source>Uyarı</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Önce listeden bir uyarı seçin.</source>
        <translation>Select a warning in the list first.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Aktif listeye geri alma</source>
        <translation>Back to the active list</translation>
    </message>
    <message>
        <location line="-226"/>
        <location line="+234"/>
        <location line="+18"/>
        <location line="+17"/>
        <source>KTS Yetki Belgesi</source>
        <translation>KTS authorisation certificate</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Yazılım erişim kodu: verilmedi</source>
        <translation>Software access code: not issued</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yazılım erişim kodu: {a} tarihinde verildi</source>
        <translation>Software access code: issued on {a}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yazılım erişim kodu: {a} tarihinde verildi, {c} tarihinde kapanır</source>
        <translation>Software access code: issued on {a}, closes on {c}</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Yetki Belgesi iptali</source>
        <translation>Certificate revocation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Önce listeden iptal edilecek belgeyi seçin.</source>
        <translation>Select the certificate to revoke in the list first.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Belge seçin</source>
        <translation>Choose a document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belgeler (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Tüm dosyalar (*)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <source>Belge ekle</source>
        <translation>Add document</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Dosya okunamadı: {e}</source>
        <translation>The file could not be read: {e}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>GEÇERLİ</source>
        <translation>VALID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GEÇERSİZ</source>
        <translation>NOT VALID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kuralları uygula</source>
        <translation>Apply rules</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pasif listeye alındı</source>
        <translation>Put on the passive list</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KTS&apos;den silindi</source>
        <translation>Deleted from KTS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erişim kodu kapanış tarihi belirlendi</source>
        <translation>Access code closing date set</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{d}: kuralların gerektirdiği yeni bir işlem yok.</source>
        <translation>{d}: the rules require nothing new.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{when} · {name}: {what}. {why}</source>
        <translation>{when} · {name}: {what}. {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>({n} ilin İSM&apos;sine bildirim gönderildi.)</source>
        <translation>(notice sent to the İSMs of {n} province(s).)</translation>
    </message>
</context>
<context>
    <name>KtsEtiketler</name>
    <message>
        <location line="-670"/>
        <source>KTS birimine başvuru</source>
        <translation>Application to the KTS unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belge kontrolü</source>
        <translation>Document check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gizlilik sözleşmesi ve güvenlik taahhütnamesi imzalandı</source>
        <translation>Confidentiality agreement and security undertaking signed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test firma kodu verildi (e-Nabız test ortamı)</source>
        <translation>Test firm code given (e-Nabız test environment)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ÇKYS test hekim veri bankası bilgileri verildi</source>
        <translation>ÇKYS test doctor data-bank data given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-Rapor / e-Reçete test ortamı bilgileri verildi</source>
        <translation>e-Rapor / e-Reçete test environment data given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denetim randevusu verildi</source>
        <translation>Audit appointment given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denetim testleri (e-Nabız veri gönderimi, ÇKYS hekim veri bankası entegrasyonu, e-Rapor / e-Reçete entegrasyonu, USBS ekranları)</source>
        <translation>Audit tests (e-Nabız data sending, ÇKYS doctor data-bank integration, e-Rapor / e-Reçete integration, USBS screens)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hekim veri bankası web servis entegrasyonu kontrolü</source>
        <translation>Doctor data-bank web service integration check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gerçek ortam bilgileri ve yazılım erişim kodu verildi</source>
        <translation>Real environment data and software access code given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KTS aktif listesinde ilan edildi</source>
        <translation>Announced on the KTS active list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KTS Yetki Belgesi verildi</source>
        <translation>KTS authorisation certificate issued</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tamamlandı</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eksik</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Başarılı</source>
        <translation>Successful</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Başarısız</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>KtsPage</name>
    <message>
        <location filename="../../app/ui/kts/page.py" line="+29"/>
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
    <name>RevokeCertificateDialog</name>
    <message>
        <location filename="../../app/ui/kts/dialogs.py" line="+19"/>
        <location line="+10"/>
        <source>Yetki Belgesi iptali</source>
        <translation>Certificate revocation</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{number} numaralı KTS Yetki Belgesi aşağıdaki tarihten itibaren iptal edilecek. O günden sonra doğrulama &quot;iptal edilmiştir&quot; yanıtını verir. Gerekçe denetim kaydında saklanır.</source>
        <translation>KTS authorisation certificate {number} will be revoked from the date below. From that day on, verification answers &quot;revoked&quot;. The reason is kept in the audit trail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Gerekçe:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İptal &amp;tarihi:</source>
        <translation>Revocation &amp;date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgeyi &amp;iptal et</source>
        <translation>Re&amp;voke certificate</translation>
    </message>
</context>
<context>
    <name>VendorDialog</name>
    <message>
        <location line="-103"/>
        <location line="+18"/>
        <source>Yeni KTS başvurusu</source>
        <translation>New KTS application</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Firma unvanı:</source>
        <translation>&amp;Firm name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Vergi kimlik no:</source>
        <translation>&amp;Tax number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;MERSİS no:</source>
        <translation>&amp;MERSİS no:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Firma &amp;yetkilisi:</source>
        <translation>&amp;Signatory:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Adres:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Başvuru tarihi:</source>
        <translation>Application &amp;date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ü&amp;rünler:</source>
        <translation>&amp;Products:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Her satıra bir ürün: ad; sürüm</source>
        <translation>One product per line: name; version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgeler (ISO/IEC 27001; SPICE ya da CMMI ya da ÜTS kaydı) başvurudan sonra üreticinin Genel sekmesinden eklenir.</source>
        <translation>Documents (ISO/IEC 27001; SPICE or CMMI or the ÜTS record) are added after the application, on the vendor&apos;s General tab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Başvuruyu &amp;kaydet</source>
        <translation>&amp;Save application</translation>
    </message>
</context>
<context>
    <name>YetkiSorgulama</name>
    <message>
        <location filename="../../app/ui/kts/check_screen.py" line="+73"/>
        <source>USBS üreticisi, sağlık meslek mensubu uzaktan hizmet vermeden önce üç koşulu denetler: tesisin o alanda o tarihte geçerli uzaktan sağlık hizmeti faaliyet izni, meslek mensubunun Türkiye&apos;de mesleğini icra yetkisi (süresi dolmamış, askıda değil) ve o tesiste adına düzenlenmiş geçerli çalışma izni.</source>
        <translation>Before a professional gives remote health service, the USBS vendor checks three conditions: the facility&apos;s remote health service permit valid for that area on that date, the professional&apos;s authorisation to practise in Türkiye (not expired, not suspended), and a valid work permit in the professional&apos;s name at that facility.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Yetki Sorgulama</source>
        <translation>Authorisation check</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Sonuç</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TC kimlik no:</source>
        <translation>&amp;TR identity no:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Tesis (ÇKYS kodu):</source>
        <translation>&amp;Facility (ÇKYS code):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;USH alanı:</source>
        <translation>Remote health &amp;area:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ta&amp;rih:</source>
        <translation>Da&amp;te:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ÇKYS kodu ya da tesis numarası</source>
        <translation>ÇKYS code or facility number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sorgula</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>UYGUN</source>
        <translation>ELIGIBLE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UYGUN DEĞİL</source>
        <translation>NOT ELIGIBLE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Üç koşul da sağlanıyor: tesisin bu alanda izni, meslek icra yetkisi ve bu tesiste geçerli çalışma izni var.</source>
        <translation>All three conditions are met: the facility holds a permit for this area, the professional may practise, and holds a valid work permit at this facility.</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <location filename="../../app/ui/kts/dialogs.py" line="-52"/>
        <source>&amp;Vazgeç</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
</TS>
