<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="tr_TR">
<context>
    <name>ApplicationList</name>
    <message>
        <location filename="../../app/ui/dashboard/page.py" line="+54"/>
        <source>◀ Özete dön</source>
        <translation>◀ Back to the overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Başvurular</source>
        <translation>Applications</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location line="+40"/>
        <source>Özet</source>
        <translation>Overview</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../app/ui/dashboard/widget.py" line="+239"/>
        <location line="+170"/>
        <source>Gösterge paneli</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>{province} ili</source>
        <translation>{province} province</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tüm iller</source>
        <translation>All provinces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{scope} · {day} itibarıyla</source>
        <translation>{scope} · as of {day}</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Süresi geçti</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15 günlük bildirim süresi geçmiş, henüz bildirim yapılmamış başvurular</source>
        <translation>Applications past the 15-day notification period and not yet notified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bugün son gün</source>
        <translation>Last day today</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bildirim süresinin son günü bugün olan başvurular</source>
        <translation>Applications whose notification period ends today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 gün içinde dolacak</source>
        <translation>Due within 7 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bildirim süresi önümüzdeki 7 gün içinde dolacak başvurular (bugün hariç)</source>
        <translation>Applications whose notification period ends within the next 7 days (not today)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Süresi işleyen (toplam)</source>
        <translation>Period running (total)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alındı ya da İncelemede durumundaki, süresi işleyen tüm başvurular</source>
        <translation>All applications in the Received or Under review state, with the period running</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yükleniyor…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>Toplam başvuru</source>
        <translation>Total applications</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Toplam: SHGM&apos;de bekleyen {forwarded}, karar verilen {decided}, izin belgesi düzenlenen {permits}. Bir sayıya tıklayın: başvuru listesi açılır.</source>
        <translation>Total: {forwarded} waiting at SHGM, {decided} decided, {permits} with a permit issued. Click a number to open the list of applications.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHGM&apos;ye iletilmiş başvuru yok.</source>
        <translation>No application has been forwarded to SHGM.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bölüm</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gösterge</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Değer</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kapsam</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Aylara göre alınan başvurular</source>
        <translation>Applications received per month</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ortalama işlem süreleri (gün)</source>
        <translation>Average processing times (days)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{month}: başvuru → ilk bildirim</source>
        <translation>{month}: application → first notification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{month}: SHGM&apos;ye iletim → izin belgesi</source>
        <translation>{month}: forwarded to SHGM → permit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Yenile</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sayıları veritabanından yeniden oku</source>
        <translation>Read the figures from the database again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aylık İSM &amp;raporu…</source>
        <translation>&amp;Monthly İSM report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bir ilin bir aydaki başvuru, bildirim ve izin sayıları</source>
        <translation>A province&apos;s applications, notifications and permits in one month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bildirim süreleri (15 gün)</source>
        <translation>Notification periods (15 days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHGM&apos;deki başvurular</source>
        <translation>Applications at SHGM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duruma göre başvurular</source>
        <translation>Applications by state</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>İllere göre SHGM işlemleri</source>
        <translation>SHGM work by province</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>İl</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHGM&apos;de bekleyen</source>
        <translation>Waiting at SHGM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Karar verilen</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>İzin belgesi düzenlenen</source>
        <translation>Permit issued</translation>
    </message>
</context>
<context>
    <name>Pano</name>
    <message>
        <location filename="../../app/ui/dashboard/charts.py" line="+18"/>
        <source>Oca</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Şub</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nis</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Haz</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tem</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ağu</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eyl</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eki</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kas</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ara</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Aylara göre alınan başvurular</source>
        <translation>Applications received per month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Başvuru</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>başvuru</source>
        <translation>applications</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bir aya tıklayın: o ay alınan başvurular</source>
        <translation>Click a month to list the applications received in it</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ortalama işlem süreleri (gün)</source>
        <translation>Average processing times (days)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gün</source>
        <translation>days</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Başvuru → ilk bildirim</source>
        <translation>Application → first notification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHGM&apos;ye iletim → izin belgesi</source>
        <translation>Forwarded to SHGM → permit</translation>
    </message>
</context>
</TS>
