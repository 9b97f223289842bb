<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="tr_TR">
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../app/ui/shgm/dialogs.py" line="+259"/>
        <source>İzin alanlarını değiştir</source>
        <translation>Change the permit areas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alan değişikliğini imzala</source>
        <translation>Sign the change of areas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yeni alanlar ilk izin gibi ÇKYS&apos;den geçer: kaydedince bir alan değişikliği kararı oluşur; Kararlar sekmesinde ÇKYS dosyasını üretip ÇKYS&apos;ye kaydedildiğini işaretledikten sonra Onay Yetkilisi imzalar. Yalnızca USBS üreticisi değişiyorsa değişiklik hemen imzalanır.</source>
        <translation>New areas go through ÇKYS like the first permit: saving creates a decision on the change of areas; after the ÇKYS file is produced on the Decisions tab and marked as recorded in ÇKYS, the approving official signs it. If only the USBS producer changes, the change is signed at once.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ÇKYS&apos;ye kaydedilen alanlar izin belgesinin yeni sürümü olarak imzalanacak.</source>
        <translation>The areas recorded in ÇKYS will be signed as the permit&apos;s new revision.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yürürlük tarihi:</source>
        <translation>Effective date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gerekçe:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dayanak yazı (sayı):</source>
        <translation>Reference letter (number):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USBS üreticisi:</source>
        <translation>USBS producer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ürün:</source>
        <translation>Product:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tesisin USH için kullandığı USBS üreticisi; değiştirilirse yeni üretici yürürlük tarihinde KTS aktif listesinde olmalıdır.</source>
        <translation>The USBS producer the facility uses for remote health services; a new producer must be on the KTS active list on the effective date.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>En az bir alan seçin; izni tümüyle kaldırmak için iptal edin.</source>
        <translation>Select at least one area; to withdraw the permit entirely, revoke it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alanlar ve USBS üreticisi değişmedi.</source>
        <translation>Neither the areas nor the USBS producer changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Değişikliğin gerekçesini yazın.</source>
        <translation>Enter the reason for the change.</translation>
    </message>
</context>
<context>
    <name>AreasDialog</name>
    <message>
        <location line="-170"/>
        <source>USH alanlarını belirle</source>
        <translation>Decide the USH areas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{facility} için izin verilecek USH alanlarını işaretleyin. Yalnızca başvuruda istenen alanlar seçilebilir.</source>
        <translation>Tick the USH areas to be authorised for {facility}. Only areas requested in the application can be chosen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Farkın gerekçesi:</source>
        <translation>Reason for the difference:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İstenen alanlardan biri verilmiyorsa nedenini yazın.</source>
        <translation>If a requested area is not granted, state why.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>En az bir alan seçin; hiçbir alan uygun değilse başvuruyu reddedin.</source>
        <translation>Select at least one area; if no area is suitable, reject the application.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seçilen alanlar istenenlerden farklı; farkın gerekçesini yazın.</source>
        <translation>The selected areas differ from those requested; enter the reason for the difference.</translation>
    </message>
</context>
<context>
    <name>DatedDialog</name>
    <message>
        <location line="+221"/>
        <source>İzni askıya al</source>
        <translation>Suspend the permit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Askıyı kaldır</source>
        <translation>Lift the suspension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İzni iptal et</source>
        <translation>Revoke the permit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number} numaralı izin askıya alınacak; askı süresince tesis uzaktan sağlık hizmeti veremez.</source>
        <translation>Permit {number} will be suspended; while suspended the facility may not provide remote health services.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number} numaralı iznin askısı kaldırılacak.</source>
        <translation>The suspension of permit {number} will be lifted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} numaralı izin iptal edilecek. İptal kesindir ve geri alınamaz.</source>
        <translation>Permit {number} will be revoked. Revocation is final and cannot be undone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Askı başlangıcı:</source>
        <translation>Suspension starts:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yürürlük tarihi:</source>
        <translation>Effective date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İptal tarihi:</source>
        <translation>Revocation date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Askının biteceği tarih belli (bu tarihte izin yeniden yürürlüğe girer)</source>
        <translation>The end date of the suspension is known (the permit is in force again on that date)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Askı bitişi:</source>
        <translation>Suspension ends:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gerekçe:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dayanak yazı (sayı):</source>
        <translation>Reference letter (number):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Gerekçe yazın.</source>
        <translation>Enter a reason.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Askının bitişi başlangıcından sonra olmalı.</source>
        <translation>The end of the suspension must be after its start.</translation>
    </message>
</context>
<context>
    <name>ExOfficioDialog</name>
    <message>
        <location line="+36"/>
        <source>Resen izin başlat</source>
        <translation>Start an ex officio permit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bakanlığa bağlı sağlık tesislerine İl Sağlık Müdürlüğü başvurusu olmadan resen izin verilebilir. Alanlar yine ÇKYS&apos;ye kaydedildikten sonra belge düzenlenir.</source>
        <translation>Facilities attached to the Ministry may be granted a permit ex officio, without an application to the provincial health directorate. The certificate is still issued only after the areas are recorded in ÇKYS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tesis ara:</source>
        <translation>Search facility:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sağlık tesisi:</source>
        <translation>Health facility:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USH alanları:</source>
        <translation>USH areas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gerekçe:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Bir sağlık tesisi seçin.</source>
        <translation>Select a health facility.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En az bir USH alanı seçin.</source>
        <translation>Select at least one USH area.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resen izin için gerekçe yazın.</source>
        <translation>Enter the reason for the ex officio permit.</translation>
    </message>
</context>
<context>
    <name>ProducerDialog</name>
    <message>
        <location line="-147"/>
        <source>Tesisin USBS üreticisi</source>
        <translation>The facility&apos;s USBS producer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resen izinde tesisin USH için kullandığı USBS üreticisini seçin (yalnızca KTS aktif listesindekiler). Seçilmezse Yetki Sorgulama üreticiyi doğrulayamaz; sonradan alan değişikliğiyle kaydedilebilir.</source>
        <translation>Choose the USBS producer the facility uses for remote health services under this ex officio permit (only producers on the KTS active list). Without one, Yetki Sorgulama cannot verify the producer; it can be recorded later by an amendment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>USBS üreticisi:</source>
        <translation>USBS producer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ürün:</source>
        <translation>Product:</translation>
    </message>
</context>
<context>
    <name>ShgmDesk</name>
    <message>
        <location filename="../../app/ui/shgm/desk.py" line="+178"/>
        <source>ÇKYS dosyalarının kaydedileceği klasör</source>
        <translation>Folder for the ÇKYS files</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Doğrulanacak izin belgesi</source>
        <translation>Permit certificate to verify</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>İzin belgesini yazdır</source>
        <translation>Print the permit certificate</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Gelen başvurular</source>
        <translation>Incoming applications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ÇKYS ve izin belgesi</source>
        <translation>ÇKYS and certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+106"/>
        <source>İzinler</source>
        <translation>Permits</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Belge doğrulama</source>
        <translation>Document verification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İl Sağlık Müdürlüklerinden gelen başvurular (en eski önce)</source>
        <translation>Applications forwarded by the provincial health directorates (oldest first)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Başvuru no</source>
        <translation>Application no.</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>Sağlık tesisi</source>
        <translation>Health facility</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>İl</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHGM&apos;ye geliş</source>
        <translation>Received by SHGM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bekleyen gün</source>
        <translation>Days waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgeler (açmak için çift tıklayın):</source>
        <translation>Documents (double-click to open):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alanları belirle…</source>
        <translation>Decide areas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reddet…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alanları belirlenen kararlar: ÇKYS kaydı ve izin belgesi</source>
        <translation>Decisions with areas decided: ÇKYS record and permit certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Karar</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+309"/>
        <location line="+144"/>
        <source>Alanlar</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location line="-452"/>
        <source>Aşama</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ÇKYS kayıt no</source>
        <translation>ÇKYS record no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ÇKYS dosyası üret</source>
        <translation>Produce ÇKYS file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ÇKYS&apos;ye kaydedildi…</source>
        <translation>Recorded in ÇKYS…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+128"/>
        <location line="+131"/>
        <source>İzin belgesi düzenle</source>
        <translation>Issue permit certificate</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>Resen izin başlat…</source>
        <translation>Start ex officio permit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İzin no, ÇKYS kodu ya da tesis adı ile ara (Enter)</source>
        <translation>Search by permit no., ÇKYS code or facility name (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İzin no</source>
        <translation>Permit no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rev.</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+384"/>
        <source>Durum</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-384"/>
        <source>Düzenlenme</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+77"/>
        <location line="+26"/>
        <location line="+281"/>
        <source>Resen</source>
        <translation>Ex officio</translation>
    </message>
    <message>
        <location line="-383"/>
        <source>Yazdır…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ayrı pencerede aç…</source>
        <translation>Open in a separate window…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alanları değiştir…</source>
        <translation>Change areas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Askıya al…</source>
        <translation>Suspend…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Askıyı kaldır…</source>
        <translation>Lift suspension…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İptal et…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>SHGM kuyruğu</source>
        <translation>SHGM queue</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>SHGM kararları</source>
        <translation>SHGM decisions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Değişiklik: {number}</source>
        <translation>Change: {number}</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+362"/>
        <source>Değişikliği imzala</source>
        <translation>Sign the change</translation>
    </message>
    <message>
        <location line="-331"/>
        <source>İncelemek için listeden bir başvuru seçin.</source>
        <translation>Select an application from the list to review it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Başvuru</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bildirim yazısı {sayi}</source>
        <translation>Notification letter {sayi}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Belge</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bu belge PDF değil; önizlenemiyor.</source>
        <translation>This document is not a PDF; it cannot be previewed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>USH alanlarını belirle</source>
        <translation>Decide the USH areas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Başvuruyu reddet</source>
        <translation>Reject the application</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+4"/>
        <source>ÇKYS dosyası</source>
        <translation>ÇKYS file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ÇKYS kaydı dosyaları üretildi:
{json}
{csv}

Alanları ÇKYS&apos;ye girdikten sonra “ÇKYS&apos;ye kaydedildi…” ile kayıt numarasını girin.</source>
        <translation>The ÇKYS record files were produced:
{json}
{csv}

After entering the areas in ÇKYS, enter the record number with “Recorded in ÇKYS…”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ÇKYS kaydı</source>
        <translation>ÇKYS record</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>İzin belgesi düzenleniyor ve e-imzalanıyor…</source>
        <translation>Issuing and e-signing the permit…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Belge deneme sertifikasıyla imzalandı: geçersiz örnek belgedir.</source>
        <translation>The document was signed with the demo certificate: it is an invalid sample document.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belge e-imzalandı.</source>
        <translation>The document is e-signed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İzin belgesi düzenlendi</source>
        <translation>Permit issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USH Faaliyet İzin Belgesi {number} numarasıyla düzenlendi. {signed}</source>
        <translation>The USH activity permit was issued with number {number}. {signed}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Resen izin</source>
        <translation>Ex officio permit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resen izin başlat</source>
        <translation>Start an ex officio permit</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Görüntülemek için bir izin seçin.</source>
        <translation>Select a permit to view it.</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+16"/>
        <source>İzin</source>
        <translation>Permit</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+37"/>
        <source>İzin belgesi</source>
        <translation>Permit certificate</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Bu izin için kayıtlı belge yok.</source>
        <translation>No document is stored for this permit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Yürürlükteki alanlar</source>
        <translation>Areas in force</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geçmiş</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revizyon</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>USBS üreticisi</source>
        <translation>USBS producer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kayıtlı değil (Yetki Sorgulama doğrulayamaz)</source>
        <translation>not recorded (Yetki Sorgulama cannot verify it)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (yerine yenisi: {d})</source>
        <translation> (superseded on {d})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kamuya açık doğrulamalar: {n} sorgu (son {k})</source>
        <translation>Public verifications: {n} checks (latest {k})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bu tesisin birden fazla iptal edilmemiş izni var; bir tesisin aynı anda yalnızca bir izni olabilir. Fazla olanı iptal edin.</source>
        <translation>This facility has more than one permit that is not revoked; a facility may hold only one permit at a time. Revoke the extra one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tesisin diğer izinleri</source>
        <translation>The facility&apos;s other permits</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+202"/>
        <location line="+30"/>
        <source>USBS üreticileri</source>
        <translation>USBS producers</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+3"/>
        <source>Alan değişikliği kararı</source>
        <translation>Decision on a change of areas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} numaralı iznin alan değişikliği kararı kaydedildi (karar {decision}). Kararlar sekmesinde ÇKYS dosyasını üretin, alanları ÇKYS&apos;ye girip kaydedildiğini işaretleyin; sonra &quot;Değişikliği imzala&quot; ile imzalanır.</source>
        <translation>The decision on a change of areas of permit {number} was saved (decision {decision}). On the Decisions tab produce the ÇKYS file, enter the areas in ÇKYS and mark them as recorded; then sign it with &quot;Sign the change&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>İzin alanlarını değiştir</source>
        <translation>Change the permit areas</translation>
    </message>
</context>
<context>
    <name>ShgmPage</name>
    <message>
        <location filename="../../app/ui/shgm/page.py" line="+31"/>
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
    <name>TextDialog</name>
    <message>
        <location filename="../../app/ui/shgm/dialogs.py" line="-154"/>
        <source>Başvuruyu reddet</source>
        <translation>Reject the application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{subject} reddedilecek. Gerekçeler İl Sağlık Müdürlüğüne iletilir.</source>
        <translation>{subject} will be rejected. The reasons are passed to the provincial health directorate.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ret gerekçeleri:</source>
        <translation>Reasons for rejection:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ÇKYS&apos;ye kaydedildi</source>
        <translation>Recorded in ÇKYS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{subject} için USH alanlarını ÇKYS&apos;ye girdiyseniz ÇKYS&apos;nin verdiği kayıt numarasını yazın. İzin belgesi ancak bundan sonra düzenlenebilir.</source>
        <translation>If you have entered the USH areas of {subject} in ÇKYS, enter the record number ÇKYS gave. The permit certificate can only be issued after that.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ÇKYS kayıt no:</source>
        <translation>ÇKYS record no.:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ret gerekçesini yazın.</source>
        <translation>Enter the reason for rejection.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ÇKYS kayıt numarasını yazın.</source>
        <translation>Enter the ÇKYS record number.</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <location filename="../../app/ui/shgm/verify_panel.py" line="+50"/>
        <source>Bir USH faaliyet izin belgesinin gerçek ve geçerli olup olmadığını denetleyin: PDF dosyasını açın ya da belgedeki doğrulama kodunu yazın. İmza, içerik ve iznin durumu (iptal, askı, yenilenme) birlikte denetlenir.</source>
        <translation>Check whether a USH activity permit certificate is genuine and valid: open the PDF file or type the verification code printed on it. The signature, the content and the status of the permit (revoked, suspended, superseded) are checked together.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF dosyası aç ve doğrula…</source>
        <translation>Open and verify a PDF file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doğrulama kodu, ör. ABCD-EFGH-JKLM-NPQR</source>
        <translation>Verification code, e.g. ABCD-EFGH-JKLM-NPQR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kodu doğrula</source>
        <translation>Verify code</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dosya okunamadı: {error}</source>
        <translation>The file could not be read: {error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Belge doğrulama</source>
        <translation>Document verification</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>GEÇERLİ</source>
        <translation>VALID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GEÇERSİZ</source>
        <translation>INVALID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DEMO BELGE</source>
        <translation>DEMO DOCUMENT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>İzin no: {n}, revizyon {r}</source>
        <translation>Permit no.: {n}, revision {r}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Doğrulama kodu: {c}</source>
        <translation>Verification code: {c}</translation>
    </message>
</context>
</TS>
