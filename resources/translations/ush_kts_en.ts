<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="tr_TR">
<context>
    <name>AccessCodeTab</name>
    <message>
        <location filename="../../app/ui/kts/access_code_tab.py" line="+89"/>
        <source>Erişim &amp;kodu ver</source>
        <translation>Issue access &amp;code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gizlilik sözleşmesi ve güvenlik taahhütnamesi imzalandıktan sonra (SBYS Yönetmeliği md. 6/4); kod yalnızca bir kez gösterilir</source>
        <translation>After the confidentiality agreement and security undertaking are signed (SBYS Regulation art. 6/4); the code is shown only once</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+92"/>
        <source>Kodu &amp;yenile</source>
        <translation>&amp;Renew code</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Yeni kod verilir; eski kod o anda kapanır</source>
        <translation>A new code is issued; the old code closes at once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kodu k&amp;apat…</source>
        <translation>Cl&amp;ose code…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kod (açık kısmı)</source>
        <translation>Code (public part)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Veriliş</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veren</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kapanış</source>
        <translation>Closes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Açıklama</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hizmet sorguları (doğrulama hizmeti)</source>
        <translation>Service queries (verification service)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tarih</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tesis</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alan</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yanıt</source>
        <translation>Answer</translation>
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
        <location line="+9"/>
        <source>Uygun</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uygun değil</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reddedildi: erişim kodu kapalı</source>
        <translation>Refused: access code closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reddedildi: üretici aktif listede değil</source>
        <translation>Refused: producer not on the active list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geçersiz istek</source>
        <translation>Invalid request</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+53"/>
        <source>Erişim kodu</source>
        <translation>Access code</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Hizmet sorguları</source>
        <translation>Service queries</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sayfa {p}/{n} ({total} sorgu)</source>
        <translation>Page {p}/{n} ({total} queries)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Açık erişim kodu: {lookup} ({d} tarihinde verildi).</source>
        <translation>Open access code: {lookup} (issued on {d}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kapanış: {d}.</source>
        <translation>Closes: {d}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erişim kodu yok. Kod, gizlilik sözleşmesi ve güvenlik taahhütnamesi imzalandıktan sonra verilir (SBYS Yönetmeliği md. 6/4).</source>
        <translation>No access code. The code is issued after the confidentiality agreement and security undertaking are signed (SBYS Regulation art. 6/4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Açık erişim kodu yok (durumu: {s}).</source>
        <translation>No open access code (status: {s}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Erişim kodunu yenile</source>
        <translation>Renew access code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yeni kod verilecek ve şimdiki kod hemen kapanacak; üretici yeni kodu kullanana kadar hizmet sorgusu yapamaz. Devam edilsin mi?</source>
        <translation>A new code will be issued and the current code will close at once; the producer cannot query the service until it uses the new code. Continue?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Erişim kodunu kapat</source>
        <translation>Close access code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kapatma gerekçesi (denetim kaydında saklanır):</source>
        <translation>Reason for closing (kept in the audit trail):</translation>
    </message>
</context>
<context>
    <name>AuditPlanDialog</name>
    <message>
        <location filename="../../app/ui/kts/audits.py" line="+187"/>
        <source>Denetim planla (SBYS Yönetmeliği md. 18)</source>
        <translation>Plan an audit (SBYS Regulation art. 18)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>İl plaka kodu</source>
        <translation>Province plate code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan tarihi</source>
        <translation>Planned for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dayanak</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Şikâyet eden</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Şikâyetin konusu</source>
        <translation>Subject of the complaint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Şekil</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ekip (md. 18/2)</source>
        <translation>Team (art. 18/2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ekibin ili (plaka)</source>
        <translation>Team&apos;s province (plate)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ekip üyeleri</source>
        <translation>Team members</translation>
    </message>
</context>
<context>
    <name>AuditRecordDialog</name>
    <message>
        <location line="+32"/>
        <source>Denetim sonucu</source>
        <translation>Audit result</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>md. 18/3 konuları (çalışma metni, resmî metinle doğrulanmadı)</source>
        <translation>Art. 18/3 subjects (working text, not verified against the official text)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bulgu / not</source>
        <translation>Finding / note</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rapor seç…</source>
        <translation>Choose report…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapor seçilmedi</source>
        <translation>No report chosen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Denetim tarihi</source>
        <translation>Audit date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eksikliklerin giderilmesi için son gün (md. 7)</source>
        <translation>Last day to fix the deficiencies (art. 7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Güvenlik / sızma testi (md. 18/4)</source>
        <translation>Security / penetration test (art. 18/4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test özeti</source>
        <translation>Test summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Test raporu</source>
        <translation>Test report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf);;Tümü (*)</source>
        <translation>PDF (*.pdf);;All (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rapor dosyası okunamadı: {error}</source>
        <translation>The report file could not be read: {error}</translation>
    </message>
</context>
<context>
    <name>CompetenceScreen</name>
    <message>
        <location filename="../../app/ui/kts/competence.py" line="+57"/>
        <source>&amp;Yenile</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yıl</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Yayımlanan liste: Genel Yetkinlik Puanları</source>
        <translation>Published list: general competence scores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Üretici</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VKN</source>
        <translation>Tax no</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SBYS</source>
        <translation>SBYS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KTS listesi</source>
        <translation>KTS list</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Değ. sayısı</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teknik D. P.</source>
        <translation>Technical score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Personel K. P.</source>
        <translation>Personnel score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Açık kaynak artışı (%)</source>
        <translation>Open-source raise (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genel Yetkinlik Puanı</source>
        <translation>General competence score</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Teknik değerlendirme planı</source>
        <translation>Technical evaluation plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En az 3 tesis, 6 ay hizmet, farklı iller; değerlendirici tesisin ilinde görev yapmaz (SBYS md. 20/4).</source>
        <translation>At least 3 facilities, 6 months of service, different provinces; the evaluator does not work in the facility&apos;s province (SBYS art. 20/4).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plan ö&amp;ner</source>
        <translation>Pro&amp;pose plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planı &amp;kaydet</source>
        <translation>&amp;Save plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Değerlendirmeyi kaydet…</source>
        <translation>Record &amp;evaluation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Y&amp;etkinlik bilgisi…</source>
        <translation>Competence &amp;information…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tesis</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>İl</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hizmet başlangıcı</source>
        <translation>Serving since</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Değerlendirici</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Değerlendiricinin ili</source>
        <translation>Evaluator&apos;s province</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Puan</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Değerlendirme tarihi</source>
        <translation>Evaluation date</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+19"/>
        <source>Genel Yetkinlik</source>
        <translation>General competence</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Genel Yetkinlik Puanı = (Teknik × {t} + Personel × {p}) / {total}; açık kaynak ya da lisans gerektirmeyen veri tabanı ve işletim sistemi için ayrı ayrı %{r} artırılır (toplanır), en çok 100. Ölçütler ve ölçek ÖRNEK referans verisidir (resmî metinle doğrulanmadı).</source>
        <translation>General competence score = (technical × {t} + personnel × {p}) / {total}; raised by {r}% each for an open-source or licence-free database and operating system (the raises add up), at most 100. The criteria and the scale are EXAMPLE reference data (not verified against the official text).</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <source>Teknik değerlendirmeler</source>
        <translation>Technical evaluations</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Plan önerisi</source>
        <translation>Proposed plan</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Planı kaydet</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Teknik değerlendirme</source>
        <translation>Technical evaluation</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Önce planlanmış bir değerlendirme seçin.</source>
        <translation>First choose a planned evaluation.</translation>
    </message>
</context>
<context>
    <name>DeclarationDialog</name>
    <message>
        <location line="+61"/>
        <source>Yetkinlik bilgisi {year}</source>
        <translation>Competence information {year}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Açık kaynak kodlu ya da lisans gerektirmeyen (md. 20/5)</source>
        <translation>Open-source or licence-free (art. 20/5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Açık kaynak kodlu ya da lisans gerektirmeyen (md. 20/6)</source>
        <translation>Open-source or licence-free (art. 20/6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nitelikli personel sayısı</source>
        <translation>Qualified staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veri tabanı</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>İşletim sistemi</source>
        <translation>Operating system</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <location filename="../../app/ui/kts/dialogs.py" line="+203"/>
        <location line="+27"/>
        <source>KTS&apos;den silme</source>
        <translation>Deletion from KTS</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>md. 8/2: gerçeğe aykırı bilgi/belge, yanıltıcı veri gönderimi, erişim kodunun paylaşılması</source>
        <translation>art. 8/2: false information/documents, misleading data sending, sharing the access code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>md. 8/3: md. 16-17 hükümlerine aykırılık (veri saklama, kayıtlar)</source>
        <translation>art. 8/3: breach of art. 16-17 (data storage, logs)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dayanak:</source>
        <translation>&amp;Ground:</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <message>
        <location line="+5"/>
        <source>{name} uyarı yapılmaksızın KTS&apos;den silinecek (SBYS Yönetmeliği md. 8/2). Yeni başvurusu bir yıl kabul edilmez; erişim kodu 3 ay içinde kapanır. Hizmet verdiği illerin İSM&apos;lerine bildirim gider.</source>
        <translation>{name} will be deleted from KTS without warning (SBYS Regulation art. 8/2). No new application is accepted for one year; the access code closes within 3 months. The İSMs of the provinces it serves are notified.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} md. 16-17 hükümlerine aykırılık nedeniyle KTS&apos;den silinecek (SBYS Yönetmeliği md. 8/3). Yeni başvuru yasağı yoktur; erişim kodu 3 ay içinde kapanır. Hizmet verdiği illerin İSM&apos;lerine bildirim gider.</source>
        <translation>{name} will be deleted from KTS for a breach of art. 16-17 (SBYS Regulation art. 8/3). There is no ban on a new application; the access code closes within 3 months. The İSMs of the provinces it serves are notified.</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../../app/ui/kts/competence.py" line="-47"/>
        <source>Teknik değerlendirme</source>
        <translation>Technical evaluation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Değerlendirme tarihi</source>
        <translation>Evaluation date</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>KtsAudits</name>
    <message>
        <location filename="../../app/ui/kts/audits.py" line="-268"/>
        <source>Re&apos;sen</source>
        <translation>Ex officio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Şikâyet üzerine</source>
        <translation>On a complaint</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uzaktan</source>
        <translation>Remote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yerinde</source>
        <translation>On site</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bakanlık ekibi</source>
        <translation>Ministry team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İl sağlık müdürlüğü ekibi</source>
        <translation>Provincial health directorate team</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uygun</source>
        <translation>Conforms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eksiklik var</source>
        <translation>Deficient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İncelenmedi</source>
        <translation>Not examined</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yapılmadı</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Güvenlik testi</source>
        <translation>Security test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sızma testi</source>
        <translation>Penetration test</translation>
    </message>
</context>
<context>
    <name>KtsDesk</name>
    <message>
        <location filename="../../app/ui/kts/desk.py" line="+446"/>
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
        <source>Genel Yetkinlik</source>
        <translation>General competence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denetimler</source>
        <translation>Audits</translation>
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
        <source>Seçili ürün: ÜTS kaydı gerekir / gerekmez</source>
        <translation>Selected product: needs ÜTS registration / does not</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SBYS Yönetmeliği md. 6/3-c: yazılımların hepsi ÜTS kaydı gerektiriyorsa ÜTS kaydı SPICE/CMMI yerine geçer; bir kısmı gerektiriyorsa ikisi de istenir</source>
        <translation>SBYS Regulation art. 6/3-c: when all the software needs ÜTS registration the ÜTS record replaces SPICE/CMMI; when some does, both are required</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+13"/>
        <source>Durum</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Tarihinden beri</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Sonraki aşama</source>
        <translation>Next stage</translation>
    </message>
    <message>
        <location line="-14"/>
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
        <location line="+0"/>
        <location line="+124"/>
        <location line="+83"/>
        <source>Bilgi değişiklikleri</source>
        <translation>Information changes</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Erişim kodu</source>
        <translation>Access code</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>ÜTS kaydı gerekir</source>
        <translation>Needs ÜTS registration</translation>
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
        <source>Denetim &amp;testi:</source>
        <translation>Audit &amp;test:</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+22"/>
        <source>Son gün</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="-21"/>
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
        <source>Değişiklik</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bildirim</source>
        <translation>Notified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Konu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Açıklama</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Süre</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kayıtlı üreticinin bilgi değişikliği (SBYS Yönetmeliği md. 6/5: 10 iş günü içinde KTS&apos;ye girilir)</source>
        <translation>Change to a registered producer&apos;s information (SBYS Regulation art. 6/5: entered in KTS within 10 working days)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Konu:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Değişiklik &amp;tarihi:</source>
        <translation>Change &amp;date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bildirim tarihi:</source>
        <translation>&amp;Notification date:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Açıklama:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yeni bilgi:</source>
        <translation>&amp;New value:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unvan, adres ya da yetkili değiştiyse yeni hâli (kayda işlenir)</source>
        <translation>The new name, address or signatory (written into the record)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Değişikliği &amp;kaydet</source>
        <translation>&amp;Save change</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+338"/>
        <source>Yetki Belgesi doğrulama</source>
        <translation>Certificate verification</translation>
    </message>
    <message>
        <location line="-337"/>
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
        <location line="+41"/>
        <source>USBS Üreticileri</source>
        <translation>USBS vendors</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>{s} (kural gereği)</source>
        <translation>{s} (by the rules)</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location line="+4"/>
        <source>Bu durum SBYS Yönetmeliği kuralları gereğidir; liste kuralları uygulandığında kaydedilir.</source>
        <translation>This status follows from the SBYS regulation&apos;s rules; it is recorded when the list rules are applied.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Yeni başvuru {d} tarihine kadar kabul edilmez.</source>
        <translation>No new application is accepted until {d}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evet</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Eksik belgeler: {m}</source>
        <translation>Missing documents: {m}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Denetim: {test}</source>
        <translation>Audit: {test}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Süresinde</source>
        <translation>In time</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SBYS Yönetmeliği md. 6/5: 10 iş günü içinde bildirilmeyen bilgi değişiklikleri ({n}): {items}</source>
        <translation>SBYS Regulation art. 6/5: information changes not notified within 10 working days ({n}): {items}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({subject}, değişiklik {c}, son gün {l}, bildirim {n})</source>
        <translation>{name} ({subject}, changed {c}, last day {l}, notified {n})</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Ürünler</source>
        <translation>Products</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Önce listeden bir ürün seçin.</source>
        <translation>First select a product in the list.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bilgi değişikliği</source>
        <translation>Information change</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Başvuru aşamasında değil.</source>
        <translation>Not in application.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Onboarding aşaması</source>
        <translation>Onboarding stage</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="-319"/>
        <location line="+327"/>
        <location line="+18"/>
        <location line="+17"/>
        <source>KTS Yetki Belgesi</source>
        <translation>KTS authorisation certificate</translation>
    </message>
    <message>
        <location line="-353"/>
        <source>KTS&apos;den &amp;sil…</source>
        <translation>&amp;Delete from KTS…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SBYS Yönetmeliği md. 8/2 (gerçeğe aykırı belge, erişim kodunun paylaşılması: bir yıl yeni başvuru yok) ya da md. 8/3 (md. 16-17 aykırılığı)</source>
        <translation>SBYS Regulation art. 8/2 (false documents, sharing the access code: no new application for a year) or art. 8/3 (breach of art. 16-17)</translation>
    </message>
    <message>
        <location line="+161"/>
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
        <location line="+39"/>
        <source>GEÇ</source>
        <translation>LATE</translation>
    </message>
    <message>
        <location line="+138"/>
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
        <location line="-850"/>
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
    <message>
        <location line="+7"/>
        <source>e-Nabız veri gönderimi testi</source>
        <translation>e-Nabız data sending test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ÇKYS hekim veri bankası entegrasyonu testi</source>
        <translation>ÇKYS doctor data bank integration test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-Rapor / e-Reçete entegrasyonu kontrolü</source>
        <translation>e-Rapor / e-Reçete integration check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USBS ekranlarının kontrolü</source>
        <translation>USBS screens check</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pasif listeden süresinde dönmeme ya da bir yılda 3 kez pasif listeye alınma</source>
        <translation>Not back from the passive list in time, or made passive 3 times within a year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>md. 8/2: gerçeğe aykırı bilgi/belge, yanıltıcı veri gönderimi, erişim kodunun paylaşılması</source>
        <translation>art. 8/2: false information/documents, misleading data sending, sharing the access code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>md. 8/3: md. 16-17 hükümlerine aykırılık</source>
        <translation>art. 8/3: breach of art. 16-17</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unvan</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firma yetkilisi</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ürünler (USBS yazılımları)</source>
        <translation>Products (USBS software)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgeler (ISO/IEC 27001, SPICE/CMMI, ÜTS)</source>
        <translation>Documents (ISO/IEC 27001, SPICE/CMMI, ÜTS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diğer</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>KtsPage</name>
    <message>
        <location filename="../../app/ui/kts/page.py" line="+28"/>
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
    <name>NewCodeDialog</name>
    <message>
        <location filename="../../app/ui/kts/access_code_tab.py" line="+38"/>
        <source>Yeni yazılım erişim kodu</source>
        <translation>New software access code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{vendor}&lt;/b&gt; için yeni yazılım erişim kodu. Kod yalnızca şimdi gösterilir; yalnızca özeti saklanır ve bir daha gösterilemez. Kopyalayın ya da firma yetkilisinin imzalayacağı teslim tutanağını yazdırın.</source>
        <translation>New software access code for &lt;b&gt;{vendor}&lt;/b&gt;. The code is shown only now; only its digest is kept and it can never be shown again. Copy it, or print the receipt for the firm&apos;s signatory to sign.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kopyala</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teslim tutanağını &amp;yazdır…</source>
        <translation>&amp;Print receipt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kapat</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Erişim kodu teslim tutanağı</source>
        <translation>Access code receipt</translation>
    </message>
</context>
<context>
    <name>RevokeCertificateDialog</name>
    <message>
        <location filename="../../app/ui/kts/dialogs.py" line="+28"/>
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
    <name>VendorAudits</name>
    <message>
        <location filename="../../app/ui/kts/audits.py" line="+35"/>
        <source>Denetim &amp;planla…</source>
        <translation>&amp;Plan an audit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sonucu kaydet…</source>
        <translation>Record the &amp;result…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Plan</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+62"/>
        <source>Denetim</source>
        <translation>Audited</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Dayanak</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Şekil</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ekip</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sonuç</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Denetimler</source>
        <translation>Audits</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Şikâyet: {text}</source>
        <translation>Complaint: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Güvenlik / sızma testi: {test}</source>
        <translation>Security / penetration test: {test}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not: md. 18/3 konu başlıkları çalışma metnidir; resmî metinle doğrulanmadı.</source>
        <translation>Note: the art. 18/3 subject titles are a working text, not verified against the official text.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Önce listeden planlanmış bir denetim seçin.</source>
        <translation>First choose a planned audit from the list.</translation>
    </message>
</context>
<context>
    <name>VendorDialog</name>
    <message>
        <location filename="../../app/ui/kts/dialogs.py" line="-143"/>
        <location line="+20"/>
        <source>Yeni KTS başvurusu</source>
        <translation>New KTS application</translation>
    </message>
    <message>
        <location line="-19"/>
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
        <source>Her satıra bir ürün: ad; sürüm (ÜTS kaydı gerektiren yazılımda sonuna: ; ÜTS)</source>
        <translation>One product a line: name; version (add ; ÜTS for software that needs ÜTS registration)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belgeler (ISO/IEC 27001; SPICE ya da CMMI; ÜTS kaydı gerektiren yazılımlar için ÜTS kaydı, yazılımların hepsi ÜTS kaydı gerektiriyorsa SPICE/CMMI yerine) başvurudan sonra üreticinin Genel sekmesinden eklenir.</source>
        <translation>Documents (ISO/IEC 27001; SPICE or CMMI; the ÜTS record for software that needs ÜTS registration, instead of SPICE/CMMI when all of it does) are added after the application on the producer&apos;s General tab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Başvuruyu &amp;kaydet</source>
        <translation>&amp;Save application</translation>
    </message>
</context>
<context>
    <name>YetkiSorgulama</name>
    <message>
        <location filename="../../app/ui/kts/check_screen.py" line="+81"/>
        <source>USBS üreticisi, sağlık meslek mensubu uzaktan hizmet vermeden önce üç koşulu denetler: tesisin o alanda o tarihte geçerli uzaktan sağlık hizmeti faaliyet izni, meslek mensubunun Türkiye&apos;de mesleğini icra yetkisi (süresi dolmamış, askıda değil) ve o tesiste adına düzenlenmiş geçerli çalışma izni.</source>
        <translation>Before a professional gives remote health service, the USBS vendor checks three conditions: the facility&apos;s remote health service permit valid for that area on that date, the professional&apos;s authorisation to practise in Türkiye (not expired, not suspended), and a valid work permit in the professional&apos;s name at that facility.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>Yetki Sorgulama</source>
        <translation>Authorisation check</translation>
    </message>
    <message>
        <location line="-23"/>
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
        <location line="+9"/>
        <source>kayıtlı sağlık meslek mensubu yok (TC {tckn})</source>
        <translation>no health professional recorded (TC {tckn})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (ÇKYS {code})</source>
        <translation>{name} (ÇKYS {code})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kayıtlı sağlık tesisi yok ({ref})</source>
        <translation>no health facility recorded ({ref})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorgulanan: {person} — {facility} — {area}, {day}</source>
        <translation>Checked: {person} — {facility} — {area}, {day}</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <source>Tüm koşullar sağlanıyor: tesisin bu alanda izni var, tesisin USBS üreticisi KTS aktif listesinde, meslek icra yetkisi ve bu tesiste geçerli çalışma izni var.</source>
        <translation>All conditions are met: the facility is permitted in this area, its USBS producer is on the KTS active list, and the professional is authorised to practise and holds a valid work permit at this facility.</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <location filename="../../app/ui/kts/dialogs.py" line="-54"/>
        <source>&amp;Vazgeç</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
</TS>
