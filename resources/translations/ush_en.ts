<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="tr_TR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+103"/>
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
    <name>ApplicationDetailDialog</name>
    <message>
        <location filename="../../app/ui/ism/detail.py" line="+449"/>
        <source>&amp;Ek-1 inceleme</source>
        <translation>&amp;Ek-1 review</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Başvuru</source>
        <translation>&amp;Application</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Be&amp;lgeler</source>
        <translation>Doc&amp;uments</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bil&amp;dirimler</source>
        <translation>&amp;Letters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Geçmiş</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Durum:</source>
        <translation>State:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bildirim süresi:</source>
        <translation>Notification period:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>İnceleme sonucu:</source>
        <translation>Review result:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Tür</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Dosya adı</source>
        <translation>File name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Boyut</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yüklendi</source>
        <translation>Uploaded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sayı</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yazı tarihi</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gönderim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>İmzalayan</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zaman</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>İşlem</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Önceki durum</source>
        <translation>Previous state</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yeni durum</source>
        <translation>New state</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kullanıcı</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Açıklama</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Aç</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Farklı ka&amp;ydet…</source>
        <translation>Sa&amp;ve as…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ya&amp;zıyı aç</source>
        <translation>Open le&amp;tter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İnceleme &amp;Formu (PDF)</source>
        <translation>Review &amp;form (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bildiri&amp;m yap…</source>
        <translation>&amp;Notify…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eksikler &amp;tamamlandı…</source>
        <translation>Deficiencies co&amp;mpleted…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;SHGM&apos;ye gönder</source>
        <translation>&amp;Send to SHGM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geri çek&amp;ildi…</source>
        <translation>&amp;Withdrawn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kapat</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/ism/desk.py" line="+117"/>
        <location filename="../../app/ui/ism/detail.py" line="+12"/>
        <source>Başvuru</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../app/ui/ism/detail.py" line="-29"/>
        <source>Klavye: 1 Uygun · 2 Uygun Değil · 3 Eksik · 4 Uygulanmaz · Delete cevabı siler · Enter ya da F2 notu düzenler · ↑/↓ maddeler arasında gezer. Fareyle: Cevap hücresine tıklayın.</source>
        <translation>Keyboard: 1 Suitable · 2 Not suitable · 3 Missing · 4 Not applicable · Delete clears the answer · Enter or F2 edits the note · ↑/↓ move between items. With the mouse: click the Answer cell.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Başvuru {number}</source>
        <translation>Application {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ÇKYS {code} · {province} · alındı {received} · {channel} {ref}</source>
        <translation>ÇKYS {code} · {province} · received {received} · {channel} {ref}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Örnek verilerdeki eski bildirimlerin PDF&apos;si saklanmamıştır.</source>
        <translation>The PDFs of older letters in the demo data were not kept.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e-imzalı</source>
        <translation>e-signed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EBYS&apos;de imzalanacak</source>
        <translation>to be signed in EBYS</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (eksiklerin tamamlanmasıyla yeniden başladı)</source>
        <translation> (restarted when the missing documents were completed)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Son gün {day} idi; süre {n} gün önce geçti{restart}.</source>
        <translation>The last day was {day}; the period ran out {n} days ago{restart}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bugün son gün ({day}){restart}.</source>
        <translation>Today is the last day ({day}){restart}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Son gün {day}; {n} gün kaldı{restart}.</source>
        <translation>Last day {day}; {n} days left{restart}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>süresinde</source>
        <translation>in time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>süresi geçtikten sonra</source>
        <translation>late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bildirim {sent} tarihinde gönderildi ({timely}; son gün {day}); süre durdu.</source>
        <translation>The letter was sent on {sent} ({timely}; last day {day}); the period stopped.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Başvuru sahibinin eksikleri tamamlaması bekleniyor.</source>
        <translation>Waiting for the applicant to complete the missing documents.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Süre işlemiyor.</source>
        <translation>No period is running.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cevaplanmamış maddeler: {numbers}</source>
        <translation>Unanswered items: {numbers}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Madde {number} — {title}: {note}</source>
        <translation>Item {number} — {title}: {note}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bütün maddeler uygun ya da uygulanmaz.</source>
        <translation>Every item is suitable or not applicable.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bu başvuruda işlem yalnızca ilin İSM Personeli ve İSM Yöneticisi tarafından yapılabilir.</source>
        <translation>Only the province&apos;s İSM officers and managers can act on this application.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bildirim için önce bütün Ek-1 maddelerini cevaplayın.</source>
        <translation>Answer every Ek-1 item before the notification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{state}&apos; durumundaki başvuruda bu işlem yapılamaz.</source>
        <translation>This action is not possible for an application in state &apos;{state}&apos;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Madde {number} neden uygun değil?</source>
        <translation>Why is item {number} not suitable?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Madde {number} için ne eksik?</source>
        <translation>What is missing for item {number}?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Madde {number} artık “{answer}”. Önceki notu:

{note}

Not silinsin mi? Korunursa İnceleme Formu&apos;nda maddenin açıklaması olarak basılır (eksiklik olarak değil).</source>
        <translation>Item {number} is now “{answer}”. Its earlier note:

{note}

Delete the note? If kept, it is printed on the review form as the item&apos;s explanation (not as a deficiency).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notu sil</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notu koru</source>
        <translation>Keep note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vazgeç</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Ek-1 cevabı</source>
        <translation>Ek-1 answer</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>İnceleme Formu</source>
        <translation>Review form</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>İnceleme Formu — {number}</source>
        <translation>Review form — {number}</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+4"/>
        <source>SHGM&apos;ye gönder</source>
        <translation>Send to SHGM</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{number} numaralı başvuru SHGM&apos;ye gönderilsin mi? Başvuru SHGM&apos;nin iş listesine düşer.</source>
        <translation>Send application {number} to SHGM? It will appear in SHGM&apos;s worklist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gönder</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+13"/>
        <location line="+16"/>
        <source>Belge</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Belgeyi kaydet</source>
        <translation>Save the document</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dosya kaydedilemedi: {error}</source>
        <translation>The file could not be saved: {error}</translation>
    </message>
</context>
<context>
    <name>ApplicationFormDialog</name>
    <message>
        <location filename="../../app/ui/ism/intake_form.py" line="+90"/>
        <location line="+136"/>
        <source>Yeni başvuru</source>
        <translation>New application</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>KEP adresi</source>
        <translation>KEP address</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alındığı &amp;tarih ve saat</source>
        <translation>Received &amp;date and time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ka&amp;nal</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evrak sayısı</source>
        <translation>&amp;Reference no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ot</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— seçin —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EBYS evrak sayısı ya da KEP iletisi</source>
        <translation>EBYS document number or KEP message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İsteğe bağlı</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;1 Tesis</source>
        <translation>&amp;1 Facility</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;2 Alanlar</source>
        <translation>&amp;2 Areas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;3 USBS</source>
        <translation>&amp;3 USBS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;4 Meslek mensupları</source>
        <translation>&amp;4 Professionals</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;5 Belgeler</source>
        <translation>&amp;5 Documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kaydet</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vazgeç</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Başvuru belgeleri</source>
        <translation>Application documents</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+4"/>
        <source>Başvuru kaydı</source>
        <translation>Registering the application</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Başvuru kaydedildi</source>
        <translation>Application saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Başvuru {number} numarasıyla kaydedildi. 15 günlük inceleme süresi alındığı günün ertesi günü başlar.</source>
        <translation>The application was saved with number {number}. The 15-day period starts on the day after it was received.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Kaydedilmedi; düzeltilmesi gereken alanlar var:</source>
        <translation>Not saved; some fields need correcting:</translation>
    </message>
</context>
<context>
    <name>ApplicationHtml</name>
    <message>
        <location filename="../../app/ui/common/application_html.py" line="+60"/>
        <location line="+15"/>
        <source>TC kimlik no</source>
        <translation>TC identity no</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Ad soyad</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meslek</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Branş</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diploma / tescil no</source>
        <translation>Diploma / registration no</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Çalışma belgesi no</source>
        <translation>Work permit no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Başlangıç</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Sağlık tesisi</source>
        <translation>Health facility</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+30"/>
        <source>İstenen USH alanları</source>
        <translation>Requested USH areas</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+38"/>
        <source>USBS</source>
        <translation>USBS</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Meslek mensupları</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Başvuru</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tesis adı</source>
        <translation>Facility name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>ÇKYS kodu</source>
        <translation>ÇKYS code</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+27"/>
        <source>Tür</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+28"/>
        <source>İl / ilçe</source>
        <translation>Province / district</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+28"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Vergi kimlik no</source>
        <translation>Tax no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MERSİS no</source>
        <translation>MERSİS no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mesul müdür</source>
        <translation>Responsible manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-posta</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KEP adresi</source>
        <translation>KEP address</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ek-1 sürümü</source>
        <translation>Ek-1 version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>İl Sağlık Müdürlüğünün Ek-1 incelemesi</source>
        <translation>The provincial directorate&apos;s Ek-1 examination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notlar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bildirimler</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vergi / MERSİS</source>
        <translation>Tax / MERSİS no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Başvuru tarihi</source>
        <translation>Application date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHGM&apos;ye geliş</source>
        <translation>Received by SHGM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{when} ({days} gün önce)</source>
        <translation>{when} ({days} days ago)</translation>
    </message>
</context>
<context>
    <name>AreasSection</name>
    <message>
        <location filename="../../app/ui/ism/intake/areas.py" line="+63"/>
        <source>Tesisin istediği USH alanlarını işaretleyin; alan bir uzmanlık dalıyla sınırlıysa branşı seçin.</source>
        <translation>Tick the USH areas the facility asks for; choose the branch when an area is limited to one speciality.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USH alanı</source>
        <translation>USH area</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Branş (isteğe bağlı)</source>
        <translation>Branch (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yeni başvuru</source>
        <translation>New application</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ayrıca Bakanlık izni gerekir</source>
        <translation>Also needs the Ministry&apos;s permission</translation>
    </message>
</context>
<context>
    <name>Aylar</name>
    <message>
        <location filename="../../app/ui/labels.py" line="+86"/>
        <source>Ocak</source>
        <translation>January</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Şubat</source>
        <translation>February</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mart</source>
        <translation>March</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nisan</source>
        <translation>April</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mayıs</source>
        <translation>May</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Haziran</source>
        <translation>June</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temmuz</source>
        <translation>July</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ağustos</source>
        <translation>August</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eylül</source>
        <translation>September</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ekim</source>
        <translation>October</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kasım</source>
        <translation>November</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aralık</source>
        <translation>December</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../app/ui/ism/detail.py" line="-703"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ek-1 maddesi</source>
        <translation>Ek-1 item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cevap</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location line="+113"/>
        <source>Cevabı sil</source>
        <translation>Clear answer</translation>
    </message>
</context>
<context>
    <name>CompletionDialog</name>
    <message>
        <location filename="../../app/ui/ism/small_dialogs.py" line="+96"/>
        <source>&amp;Vazgeç</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eksikler tamamlandı — {number}</source>
        <translation>Deficiencies completed — {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Başvuru sahibi eksik belgeleri tamamladı. İnceleme yeniden başlar ve tamamlama tarihinden itibaren yeni 15 günlük süre işler.</source>
        <translation>The applicant completed the missing documents. The review resumes and a new 15-day period runs from the completion date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tamamlama tarihi</source>
        <translation>Completion &amp;date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evrak sayısı</source>
        <translation>&amp;Reference no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gelen evrakın EBYS sayısı ya da KEP iletisi</source>
        <translation>EBYS number or KEP message of the incoming documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kaydet</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yeni son gün: {day}</source>
        <translation>New last day: {day}</translation>
    </message>
</context>
<context>
    <name>DisaAktar</name>
    <message>
        <location filename="../../app/ui/export_menu.py" line="+65"/>
        <source>Diskte yer kalmadı.</source>
        <translation>The disk is full.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bu klasöre yazma izniniz yok.</source>
        <translation>You do not have permission to write to this folder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klasör salt okunur bir diskte.</source>
        <translation>The folder is on a read-only disk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klasör bulunamadı.</source>
        <translation>The folder was not found.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dosya kaydedilemedi: {path}

{reason}

Hiçbir şey değişmedi: aynı adlı eski bir dosya varsa olduğu gibi duruyor. Başka bir klasör seçip yeniden deneyin.</source>
        <translation>The file could not be saved: {path}

{reason}

Nothing was changed: an earlier file of the same name, if any, is as it was. Choose another folder and try again.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Dışa aktar</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listeyi Excel (XLSX) ya da CSV dosyası olarak kaydet</source>
        <translation>Save the list as an Excel (XLSX) or CSV file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel&apos;e aktar (XLSX)…</source>
        <translation>Export to Excel (XLSX)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listeyi Excel çalışma kitabı olarak kaydet</source>
        <translation>Save the list as an Excel workbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV olarak aktar…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listeyi noktalı virgülle ayrılmış metin (CSV, UTF-8) olarak kaydet</source>
        <translation>Save the list as semicolon-separated text (CSV, UTF-8)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Excel&apos;e aktar</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel çalışma kitabı (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV olarak aktar</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV dosyası (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+16"/>
        <source>Dışa aktarma</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Dışa aktarma başarısız</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{n} satır kaydedildi: {path}</source>
        <translation>{n} rows saved: {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dosya kaydedilemedi: {path}

Beklenmeyen bir hata oluştu; hiçbir şey değişmedi.

Ayrıntı: {error}</source>
        <translation>The file could not be saved: {path}

An unexpected error occurred; nothing was changed.

Details: {error}</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Değişen alanlar</source>
        <translation>Changed fields</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../app/ui/ism/intake/documents.py" line="+49"/>
        <source>Tür</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dosya adı</source>
        <translation>File name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Boyut</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <location line="+128"/>
        <source>Başvuruyla gelen dosyalar veritabanında SHA-256 özetiyle saklanır.</source>
        <translation>The files that came with the application are kept in the database with their SHA-256 digest.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Belge türü</source>
        <translation>Document &amp;type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dosya ekle…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K&amp;aldır</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}: dosya {limit} MB&apos;tan büyük.</source>
        <translation>{name}: the file is larger than {limit} MB.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} okunamadı: {error}</source>
        <translation>{name} could not be read: {error}</translation>
    </message>
</context>
<context>
    <name>Etiketler</name>
    <message>
        <location filename="../../app/ui/labels.py" line="-72"/>
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
        <location line="+6"/>
        <source>İzin: Geçerli</source>
        <translation>Permit: valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İzin: Askıda</source>
        <translation>Permit: suspended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İzin: İptal</source>
        <translation>Permit: revoked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İzin: Henüz yürürlükte değil</source>
        <translation>Permit: not yet in force</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Veritabanı: {engine} — {location}</source>
        <translation>Database: {engine} — {location}</translation>
    </message>
</context>
<context>
    <name>FacilityPickModel</name>
    <message>
        <location filename="../../app/ui/ism/intake/facility.py" line="+44"/>
        <source>Tesis</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ÇKYS kodu</source>
        <translation>ÇKYS code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>İl</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>İlçe</source>
        <translation>District</translation>
    </message>
</context>
<context>
    <name>FacilitySection</name>
    <message>
        <location line="+124"/>
        <source>Kayıtlı bir tesis seç</source>
        <translation>Pick a registered facility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yeni tesis kaydet</source>
        <translation>Register a new facility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tesis adı ya da ÇKYS kodu ile ara</source>
        <translation>Search by facility name or ÇKYS code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ÇKYS kodu</source>
        <translation>ÇKYS code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tesis adı</source>
        <translation>Facility name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tür</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İl</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>İlçe</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vergi kimlik no</source>
        <translation>Tax no</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TC kimlik no (şahıs)</source>
        <translation>TC identity no (person)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MERSİS no</source>
        <translation>MERSİS no</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mesul müdür</source>
        <translation>Responsible manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-posta</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KEP adresi</source>
        <translation>KEP address</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>— seçin —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 hane</source>
        <translation>10 digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>11 hane; vergi no yoksa</source>
        <translation>11 digits; when there is no tax no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>16 hane; şirketlerde</source>
        <translation>16 digits; companies</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tesis arama</source>
        <translation>Facility search</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Listeden bir tesis seçin.</source>
        <translation>Choose a facility from the list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seçilen tesis: {name} (ÇKYS {code}, {province})</source>
        <translation>Chosen facility: {name} (ÇKYS {code}, {province})</translation>
    </message>
</context>
<context>
    <name>FirstRunQuestion</name>
    <message>
        <location filename="../../app/ui/startup_dialogs.py" line="+202"/>
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
        <location filename="../../app/ui/errors.py" line="+41"/>
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
    <message>
        <location line="+40"/>
        <source>Beklenmeyen hata</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beklenmeyen bir hata oluştu. Yaptığınız son işlem tamamlanmamış olabilir; kayıtlı verileriniz etkilenmedi. Hata raporunu “Panoya kopyala” ile kopyalayıp destek ekibine iletebilirsiniz.</source>
        <translation>An unexpected error occurred. Your last action may not have been completed; your saved data was not affected. You can copy the error report with “Copy to clipboard” and send it to the support team.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Günlük dosyası: {path}</source>
        <translation>Log file: {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ayrıntılar</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Panoya kopyala</source>
        <translation>Copy to clipboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kapat</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Kopyalandı ✔</source>
        <translation>Copied ✔</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/operations.py" line="+426"/>
        <source>Vazgeç</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../app/ui/help.py" line="+86"/>
        <source>Veri klasörü (yerel veritabanı, yedekler)</source>
        <translation>Data folder (local database, backups)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Günlük (log) dosyası</source>
        <translation>Log file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ayarlar klasörü</source>
        <translation>Settings folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kullanılan veritabanı</source>
        <translation>Database in use</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bir hata bildirirken günlük dosyasını ekleyin; parolalar günlüğe yazılmaz.</source>
        <translation>When reporting a problem, attach the log file; passwords are never written to it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kullanım kılavuzu</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İSM</source>
        <translation>İSM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHGM</source>
        <translation>SHGM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KTS</source>
        <translation>KTS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kısayollar</source>
        <translation>Shortcuts</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+16"/>
        <source>Klasörler</source>
        <translation>Folders</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kapat</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImzaParolasi</name>
    <message>
        <location filename="../../app/ui/common/passphrase.py" line="+24"/>
        <source>İmza sertifikasının parolası</source>
        <translation>Signing certificate password</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} sertifikasının parolası (bu oturum boyunca bellekte tutulur, hiçbir yere yazılmaz):</source>
        <translation>Password of the certificate {name} (kept in memory for this session, never written anywhere):</translation>
    </message>
</context>
<context>
    <name>IsmDesk</name>
    <message>
        <location filename="../../app/ui/ism/desk.py" line="-55"/>
        <source>Yeni &amp;başvuru…</source>
        <translation>&amp;New application…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yeni başvuru kaydı (Ctrl+N)</source>
        <translation>Register a new application (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Başvuru kaydını yalnızca İSM Personeli ve İSM Yöneticisi yapabilir.</source>
        <translation>Only İSM officers and managers can register applications.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yeni başvuru…</source>
        <translation>New application…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Başvuruyu &amp;aç</source>
        <translation>&amp;Open application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seçili başvurunun ayrıntısı ve Ek-1 incelemesi (Enter)</source>
        <translation>The selected application&apos;s details and Ek-1 review (Enter)</translation>
    </message>
</context>
<context>
    <name>IsmEtiketleri</name>
    <message>
        <location filename="../../app/ui/ism/texts.py" line="+17"/>
        <location line="+7"/>
        <location line="+22"/>
        <source>Uygun</source>
        <translation>Suitable</translation>
    </message>
    <message>
        <location line="-28"/>
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
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>Eksik evrak</source>
        <translation>Missing documents</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>Uygun değil</source>
        <translation>Not suitable</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>İnceleme tamamlanmadı</source>
        <translation>Review not finished</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EBYS (evrak sayısı)</source>
        <translation>EBYS (document number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>KEP</source>
        <translation>KEP</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>e-Devlet</source>
        <translation>e-Devlet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Elden</source>
        <translation>By hand</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>EBYS</source>
        <translation>EBYS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-Tebligat</source>
        <translation>e-Tebligat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posta</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Başvuru kaydı</source>
        <translation>Application registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İncelemeye başlama</source>
        <translation>Review started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eksik evrak bildirimi</source>
        <translation>Missing documents notified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eksiklerin tamamlanması</source>
        <translation>Deficiencies completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uygunluk bildirimi</source>
        <translation>Suitability notified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHGM&apos;ye gönderme</source>
        <translation>Sent to SHGM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uygun değil bildirimi</source>
        <translation>Unsuitability notified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHGM alan belirleme</source>
        <translation>SHGM decided the areas</translation>
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
        <translation>Permit issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geri çekme</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>KTS Yetki Belgesi</source>
        <translation>KTS authorisation certificate</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Diğer</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>IsmPage</name>
    <message>
        <location filename="../../app/ui/ism/page.py" line="+58"/>
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
        <source>Aylık &amp;rapor…</source>
        <translation>Monthly &amp;report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aylık İSM raporu: alınan başvurular, bildirimler, iletilenler, izin belgeleri</source>
        <translation>Monthly İSM report: applications received, notifications, forwarded applications, permits</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>KtsNotices</name>
    <message>
        <location filename="../../app/ui/ism/kts_notices.py" line="+81"/>
        <source>Bildirimler</source>
        <translation>Notices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KTS: ilinizdeki tesislere hizmet veren USBS üreticileri; SHGM: ilinizdeki tesislerin askıya alınan ya da iptal edilen izinleri</source>
        <translation>KTS: USBS producers serving your province&apos;s facilities; SHGM: permits of your province&apos;s facilities that were suspended or revoked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yalnızca okunmamışlar</source>
        <translation>Unread only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Okundu olarak işaretle</source>
        <translation>&amp;Mark as read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USBS &amp;denetimleri…</source>
        <translation>USBS &amp;audits…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+43"/>
        <source>KTS bildirimleri</source>
        <translation>KTS notices</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+180"/>
        <source>&amp;Görünüm</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>&amp;Kullanım kılavuzu…</source>
        <translation>&amp;User guide…</translation>
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
        <location line="+118"/>
        <location line="+3"/>
        <source>Ayarlar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Yeni veritabanı bağlantısı uygulama yeniden başlatıldığında kullanılacak.</source>
        <translation>The new database connection will be used when the application is restarted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yeni veri klasörü uygulama yeniden başlatıldığında kullanılacak; hiçbir dosya taşınmadı.</source>
        <translation>The new data folder will be used when the application is restarted; no files were moved.</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <location filename="../../app/ui/ism/report_screen.py" line="+120"/>
        <source>Alınan başvuru</source>
        <translation>Applications received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Süresi içinde yapılan bildirim</source>
        <translation>Notifications in time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Süresi geçtikten sonra yapılan bildirim</source>
        <translation>Late notifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Süresi geçmiş, bildirim bekleyen başvuru (ay sonunda)</source>
        <translation>Overdue applications awaiting notification (at month end)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHGM&apos;ye iletilen başvuru</source>
        <translation>Applications forwarded to SHGM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Düzenlenen Faaliyet İzin Belgesi</source>
        <translation>Activity permits issued</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+27"/>
        <source>Aylık İSM raporu</source>
        <translation>Monthly İSM report</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>İ&amp;l:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kendi iliniz</source>
        <translation>Your province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;y:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Göster</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gösterge</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sayı</source>
        <translation>Count</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kapat</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{province} İl Sağlık Müdürlüğü — {month} {year}</source>
        <translation>{province} Provincial Health Directorate — {month} {year}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ay sürüyor: sayılar {day} itibarıyladır.</source>
        <translation>The month is not over yet: the figures are as of {day}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bildirimler, bitirdikleri 15 günlük sürenin son gününe göre &quot;süresi içinde&quot; ya da &quot;süresi geçtikten sonra&quot; sayılır; tanımlar docs/reports.md dosyasındadır.</source>
        <translation>A notification counts as &quot;in time&quot; or &quot;late&quot; by the last day of the 15-day period it ended; the definitions are in docs/reports.md.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../app/ui/ism/small_dialogs.py" line="+59"/>
        <source>&amp;Tamam</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vazgeç</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>NotificationDialog</name>
    <message>
        <location filename="../../app/ui/ism/notice_dialog.py" line="+208"/>
        <source>Bildirim — {number}</source>
        <translation>Notification — {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ek-1 incelemesi tamamlanmadı</source>
        <translation>The Ek-1 review is not finished</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bildirim yapmadan önce bütün maddeleri cevaplayın.</source>
        <translation>Answer every item before the notification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yazı türü: {kind}</source>
        <translation>Letter: {kind}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Başvuru Ek-1 yönünden uygun; yazı kaydedildikten sonra SHGM&apos;ye gönderilebilir.</source>
        <translation>The application is suitable under Ek-1; once the letter is recorded it can be sent to SHGM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eksik maddeler ve başvuru sahibinin yapması gerekenler yazıda tablo olarak yer alır. Tamamlandığında yeni 15 günlük süre başlar.</source>
        <translation>The letter lists the missing items and what the applicant must do. A new 15-day period starts when they are completed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Başvuru, yazıdaki gerekçelerle uygun bulunmadı ve kapanır.</source>
        <translation>The application was found not suitable for the reasons in the letter and closes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Yazı tarihi</source>
        <translation>&amp;Letter date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gönderim tarihi</source>
        <translation>Sen&amp;t on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gönderim ka&amp;nalı</source>
        <translation>Send c&amp;hannel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Önizlemeyi yeni&amp;le</source>
        <translation>Re&amp;fresh preview</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>İ&amp;mzalayan</source>
        <translation>Si&amp;gned by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unvanı</source>
        <translation>T&amp;itle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alıcı</source>
        <translation>&amp;Recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EBYS &amp;sayısı</source>
        <translation>EBYS &amp;number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boş bırakılırsa kayıtta numara verilir</source>
        <translation>Left empty, a number is given when the letter is recorded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eksik maddeler için yapılması gerekenler</source>
        <translation>What the applicant must do for the missing items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eksik madde</source>
        <translation>Missing item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yapılması gereken</source>
        <translation>To be done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yazının önizlemesi</source>
        <translation>Preview of the letter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ya&amp;zdır…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kaydet</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vazgeç</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Ek-1 incelemesi tamamlanmadan yazı hazırlanamaz.</source>
        <translation>No letter can be prepared before the Ek-1 review is finished.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Önizleme hazırlanamadı: {reason}</source>
        <translation>The preview could not be made: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Uygun değil yazısı</source>
        <translation>Letter: not suitable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bu yazı kaydedildiğinde başvuru dosyası hemen kapanır: başvuru sahibine başvurusunun uygun bulunmadığı bildirilir ve Ek-1 cevapları artık değiştirilemez. Başvuru sahibi ancak yeni bir başvuru yapabilir.

Yazı kaydedilip dosya kapatılsın mı?</source>
        <translation>Saving this letter closes the application file at once: the applicant is told the application was found not suitable and the Ek-1 answers can no longer be changed. The applicant can only make a new application.

Save the letter and close the file?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kaydet ve dosyayı kapat</source>
        <translation>Save and close the file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yazı kaydedilmedi ve imzalanmadı: e-imza sertifikasının parolası girilmedi. Kaydetmek için yeniden Kaydet&apos;e basıp parolayı girin.</source>
        <translation>The letter was neither saved nor signed: the e-signature certificate&apos;s password was not entered. To save it, press Save again and enter the password.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>Bildirim kaydı</source>
        <translation>Recording the notification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yazı e-imzayla imzalandı ({subject}).</source>
        <translation>The letter was e-signed ({subject}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yazı e-imzalı değildir: EBYS üzerinden e-imzaya sunun (yazıda bu belirtilmiştir).</source>
        <translation>The letter is not e-signed: submit it for e-signature through EBYS (the letter says so).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yazı kaydedildi</source>
        <translation>Letter saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yazı {sayi} sayısıyla kaydedildi.</source>
        <translation>The letter was saved with number {sayi}.</translation>
    </message>
</context>
<context>
    <name>Ortak</name>
    <message>
        <location filename="../../app/ui/common/operations.py" line="-315"/>
        <source>Ayrıntılar</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Vazgeç</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>İşlem tamamlanamadı; beklenmeyen bir hata oluştu. Hiçbir değişiklik kaydedilmedi. Ayrıntılar günlük dosyasına yazıldı.</source>
        <translation>The operation could not be completed; an unexpected error occurred. No change was saved. The details were written to the log file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/formats.py" line="+67"/>
        <source>{n} bayt</source>
        <translation>{n} bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Süresi geçti (1 gün)</source>
        <translation>Overdue (1 day)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Süresi geçti ({n} gün)</source>
        <translation>Overdue ({n} days)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bugün son gün</source>
        <translation>Last day today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 gün</source>
        <translation>1 day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} gün</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/style.py" line="+65"/>
        <source>Yeşil: {n} günden fazla var</source>
        <translation>Green: more than {n} days left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sarı: {n} gün ya da daha az kaldı</source>
        <translation>Amber: {n} days or fewer left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kırmızı: {n} gün ya da daha az kaldı (son gün bugünse de)</source>
        <translation>Red: {n} days or fewer left (also when the last day is today)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Süresi geçti</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Süre işlemiyor (bildirim yapıldı ya da dosya kapandı)</source>
        <translation>No period running (notified or closed)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&gt; {n} gün</source>
        <translation>&gt; {n} days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≤ {n} gün</source>
        <translation>≤ {n} days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≤ {n} gün (bugün son gün dahil)</source>
        <translation>≤ {n} days (last day today included)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>süresi geçti</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>süre işlemiyor</source>
        <translation>clock stopped</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{n} günlük bildirim süresi:</source>
        <translation>{n}-day notification period:</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/tables.py" line="+119"/>
        <source>Sütunlar</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/forms.py" line="+318"/>
        <source>Kaydedilmemiş bilgiler</source>
        <translation>Unsaved information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bu formda kaydedilmemiş bilgiler var. Kapatırsanız girdikleriniz kaybolur.

Kaydetmeden kapatılsın mı?</source>
        <translation>This form holds information that is not saved. If you close it, what you entered is lost.

Close without saving?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kaydetmeden kapat</source>
        <translation>Close without saving</translation>
    </message>
</context>
<context>
    <name>Pano</name>
    <message>
        <location filename="../../app/ui/common/list_routing.py" line="+37"/>
        <source>bildirim süresi 7 gün içinde dolacak olanlar</source>
        <translation>notification period ending within 7 days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bildirim süresi işleyenler</source>
        <translation>notification period running</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>durumu: {states}</source>
        <translation>state: {states}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{month} ayında alınanlar</source>
        <translation>received in {month}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gösterge panelinden gelen süzgeç: {filters}. Kaldırmak için &quot;Filtreleri temizle&quot;.</source>
        <translation>Filter from the dashboard: {filters}. To remove it, use &quot;Clear filters&quot;.</translation>
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
    <name>PdfDialog</name>
    <message>
        <location filename="../../app/ui/common/pdf_view.py" line="+159"/>
        <source>Farklı &amp;kaydet…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yazdır…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ka&amp;pat</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PDF&apos;yi kaydet</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dosya kaydedilemedi: {error}</source>
        <translation>The file could not be saved: {error}</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location line="-71"/>
        <source>PDF açılamadı.</source>
        <translation>The PDF could not be opened.</translation>
    </message>
</context>
<context>
    <name>ProfessionalsModel</name>
    <message>
        <location filename="../../app/ui/ism/intake/professionals.py" line="+49"/>
        <source>TC kimlik no</source>
        <translation>TC identity no</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ad</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Soyad</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meslek</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Branş</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diploma / tescil no</source>
        <translation>Diploma / registration no</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Çalışma belgesi no</source>
        <translation>Work permit no</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Başlangıç</source>
        <translation>From</translation>
    </message>
</context>
<context>
    <name>ProfessionalsSection</name>
    <message>
        <location line="+173"/>
        <source>Hizmeti verecek sağlık meslek mensupları. Hücreye yazmaya başlayın ya da F2 ile düzenleyin; Tab sonraki hücreye geçer.</source>
        <translation>The health professionals who will give the service. Start typing in a cell or press F2; Tab moves to the next cell.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Satır ekle</source>
        <translation>Add ro&amp;w</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satırı si&amp;l</source>
        <translation>De&amp;lete row</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="+217"/>
        <location line="+74"/>
        <location line="+191"/>
        <location line="+33"/>
        <source>Ayarlar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Doğrulama hizmeti (tüm masalar için)</source>
        <translation>Verification service (for every desk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doğrulama adresi:</source>
        <translation>Verification address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yeni izin belgelerinin karekodu bu adresteki /dogrula sayfasını açar ve adres belgeye basılır. Boş bırakılırsa karekod yalnızca doğrulama kodunu taşır. Önceki belgeler değişmez.</source>
        <translation>The QR code of new permits opens the /dogrula page at this address, and the address is printed on the document. Left empty, the QR code carries only the verification code. Earlier documents do not change.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+10"/>
        <source>anahtar deposunda kayıtlı; değiştirmek için yazın</source>
        <translation>stored in the key store; type to change it</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Bağlantıyı sına</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bu değerlerle bağlanmayı dener; hiçbir şeyi kaydetmez</source>
        <translation>Tries to connect with these values; saves nothing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İmza sertifikası (Faaliyet İzin Belgesi)</source>
        <translation>Signing certificate (activity permits)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 dosyası:</source>
        <translation>PKCS#12 file:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parolası:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>boş: örnek (DEMO) sertifika</source>
        <translation>empty: example (DEMO) certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seç…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sertifikayı sına</source>
        <translation>Test certificate</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+140"/>
        <source>Veri klasörü</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Değiştir…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USH_DATA_DIR ortam değişkeni bu klasörü belirliyor.</source>
        <translation>The USH_DATA_DIR environment variable sets this folder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yedekler, dışa aktarımlar, geri dönüş testleri, günlük dosyası ve örnek imza sertifikası bu klasöre yazılır. Klasör değişince hiçbir dosya taşınmaz: eski klasördekiler olduğu gibi kalır ve veritabanı dosyası bulunduğu yerden kullanılmaya devam eder. Yeni klasör uygulama yeniden başlatıldığında kullanılır.</source>
        <translation>Backups, exports, restore tests, the log file and the example signing certificate are written to this folder. Changing the folder moves no files: those in the old folder stay as they are, and the database file is still used where it is. The new folder is used when the application is restarted.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Denetim izi imza anahtarı: bu bilgisayarın güvenli anahtar deposunda (keyring).</source>
        <translation>Audit trail signing key: in this computer&apos;s secure keyring.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denetim izi imza anahtarı: bu bilgisayarda güvenli anahtar deposu yok; anahtar yalnızca sizin okuyabildiğiniz bir dosyada duruyor: {path}</source>
        <translation>Audit trail signing key: this computer has no secure keyring; the key is kept in a file only you can read: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+19"/>
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
        <location line="+76"/>
        <source>Eksik alan: {fields}</source>
        <translation>Missing field: {fields}</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>İmza sertifikası</source>
        <translation>Signing certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 sertifika (*.p12 *.pfx)</source>
        <translation>PKCS#12 certificate (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{subject} — veren: {issuer}; geçerlilik: {start} – {end}</source>
        <translation>{subject} — issued by {issuer}; valid {start} – {end}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(bugün geçerli değil)</source>
        <translation>(not valid today)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sertifika seçilmedi: örnek (DEMO) sertifika kullanılır; belgeler geçersiz örnek olarak işaretlenir.</source>
        <translation>No certificate chosen: the example (DEMO) certificate is used, and documents are marked as invalid examples.</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+15"/>
        <source>Parola kaydedilmedi</source>
        <translation>Password not saved</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Ayarlar kaydedilemedi: {error}</source>
        <translation>The settings could not be saved: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bu bilgisayarda güvenli anahtar deposu yok; sertifika parolası diske kaydedilmedi. Parola bu oturum boyunca bellekte tutulur; uygulama yeniden açıldığında ilk imzada yeniden sorulur.</source>
        <translation>This computer has no secure key store, so the certificate password was not saved to disk. It is kept in memory for this session; after the application is restarted it is asked for again at the first signature.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/ui/application.py" line="+195"/>
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
        <location line="+19"/>
        <source>Veritabanı şeması güncellendi (önceki sürüm {old}). Yedek: {backup}</source>
        <translation>The database schema was upgraded (previous version {old}). Backup: {backup}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>KTS liste kuralları uygulandı: {n} değişiklik.</source>
        <translation>KTS list rules applied: {n} changes.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+12"/>
        <source>Örnek veriler</source>
        <translation>Example data</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Örnek veri modülü bu kurulumda bulunmuyor; veritabanı boş kaldı.</source>
        <translation>The example data module is not part of this installation; the database stays empty.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Örnek veriler oluşturuluyor…</source>
        <translation>Creating example data…</translation>
    </message>
    <message>
        <location line="+7"/>
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
<context>
    <name>VendorAuditsDialog</name>
    <message>
        <location filename="../../app/ui/ism/vendor_audits.py" line="+31"/>
        <source>İlinize hizmet veren USBS üreticilerinin denetimleri</source>
        <translation>Audits of the USBS producers serving your province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SBYS Yönetmeliği md. 18-19: üretici pasif listeye alınır ya da silinirse tesisler sözleşmelerindeki yaptırımları uygular. Bu liste yalnızca okunur.</source>
        <translation>SBYS Regulation art. 18-19: if the producer is put on the passive list or deleted, the facilities apply the sanctions of their contracts. This list is read only.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Denetim</source>
        <translation>Audited</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Üretici</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Şekil</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sonuç</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>VendorPicker</name>
    <message>
        <location filename="../../app/ui/ism/intake/vendor.py" line="+63"/>
        <source>USBS &amp;üreticisi</source>
        <translation>USBS &amp;vendor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USBS ü&amp;rünü</source>
        <translation>USBS &amp;product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KTS durumu</source>
        <translation>KTS status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>— seçin —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+28"/>
        <source>USBS üreticisi</source>
        <translation>USBS vendor</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>— önce üreticiyi seçin —</source>
        <translation>— choose the vendor first —</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../app/ui/ism/small_dialogs.py" line="-27"/>
        <source>&amp;Vazgeç</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geri çekildi — {number}</source>
        <translation>Withdrawn — {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Başvuru sahibi başvurusunu geri çekti. Başvuru kapanır; bu işlem geri alınamaz.</source>
        <translation>The applicant withdrew the application. It closes; this cannot be undone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gerekçe</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Başvuru sahibinin talebi: tarih, evrak sayısı, açıklama</source>
        <translation>The applicant&apos;s request: date, document number, explanation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geri çekildi olarak &amp;kaydet</source>
        <translation>Record as &amp;withdrawn</translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <location filename="../../app/ui/ism/worklist.py" line="+74"/>
        <source>Başvuru no</source>
        <translation>Application no</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tesis</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ÇKYS kodu</source>
        <translation>ÇKYS code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>İl</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alındı</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durum</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Son gün</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kalan gün</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bildirim süresinin kalan günü; tıklayınca acil dosyalar üstte (renkler: listenin altında)</source>
        <translation>Days left of the notification period; click to put urgent files on top (colours: under the list)</translation>
    </message>
</context>
<context>
    <name>WorklistPanel</name>
    <message>
        <location line="+238"/>
        <source>Tüm durumlar</source>
        <translation>All states</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tüm iller</source>
        <translation>All provinces</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>D&amp;urum:</source>
        <translation>&amp;State:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İ&amp;l:</source>
        <translation>Pro&amp;vince:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tesis, ÇKYS kodu ya da başvuru no</source>
        <translation>Facility, ÇKYS code or application no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ara (Ctrl+F): Türkçe büyük-küçük harf fark etmez</source>
        <translation>Search (Ctrl+F): Turkish upper and lower case match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filtreleri temizle</source>
        <translation>Clear filters</translation>
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
        <source>Bildirim süresi geçmiş, henüz bildirim yapılmamış başvurular</source>
        <translation>Applications past their notification period and not yet notified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bildirim süresinin son günü bugün olan başvurular</source>
        <translation>Applications whose notification period ends today</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Süresi geçenler ({n})</source>
        <translation>Overdue ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bugün son gün ({n})</source>
        <translation>Due today ({n})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bu ölçütlere uyan başvuru yok.</source>
        <translation>No application matches these filters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{total} başvurudan {first}–{last} gösteriliyor</source>
        <translation>Showing {first}–{last} of {total} applications</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+27"/>
        <source>Başvuru listesi</source>
        <translation>Worklist</translation>
    </message>
</context>
</TS>
