"""Word lists for demo data: Turkish names, places, facility and vendor names, and the texts officers write.

All names are fictional combinations; institutions that exist (universities, city hospitals) only appear as
generic, public names. Everything here is plain data so demo_data stays about structure.
"""

from __future__ import annotations

MALE_FIRST = (
    "Ahmet", "Mehmet", "Mustafa", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf", "Ömer",
    "Murat", "Emre", "Burak", "Çağrı", "Uğur", "Gökhan", "Oğuz", "Tolga", "Serkan", "Şükrü", "Ertuğrul", "Doğan",
    "Yiğit", "Barış", "Kıvanç", "Onur", "Özgür", "Ümit", "İlker", "Cengiz", "Levent", "Selçuk", "Gürkan", "Halil",
    "Tuğrul", "Çetin", "Erkan", "Sinan", "Kerem", "Oğuzhan", "Batuhan", "Ilgaz", "Şahin", "Eren", "Furkan",
)
FEMALE_FIRST = (
    "Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şule", "Özlem", "Gülşen", "Büşra", "Merve",
    "Derya", "Ebru", "Sevgi", "Tuğba", "Çiğdem", "Gökçe", "Nur", "Ayşegül", "Dilek", "Pınar", "Işıl", "Ilgın",
    "Müge", "Şebnem", "Yeşim", "Gülay", "Sümeyye", "İrem", "İpek", "Öykü", "Ece", "Aslı", "Hülya", "Sıla",
    "Nilüfer", "Gizem", "Özge", "Şeyma", "Damla", "Beril", "Çağla", "Gülizar", "Nazlı", "Tülin",
)
LAST_NAMES = (
    "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan",
    "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Özer", "Güneş",
    "Erdoğan", "Aksoy", "Keskin", "Ünal", "Tekin", "Acar", "Uçar", "Güler", "Işık", "Bulut", "Gündoğdu",
    "Türkmen", "Çakır", "Bozkurt", "Karataş", "Uysal", "Sarı", "Akgül", "Ilgaz", "İnce", "Köse", "Önal",
    "Tuncer", "Erdem", "Ağca", "Bağcı", "Gök", "Ateş", "Sönmez", "Oğuz", "Duman", "Çiftçi", "Altıntaş", "Durmaz",
    "Ekinci", "Yüksel", "Şen", "Karaağaç", "Gümüş", "Özbek", "Çınar", "Ilıcak", "Kalkan", "Türkoğlu", "Eroğlu",
)

# Approximate populations in thousands (TÜİK order of magnitude), by plate: the weight of each province in the
# demo, so İstanbul, Ankara, İzmir, Bursa and Antalya get most of the facilities, as in real life.
PROVINCE_WEIGHTS = {
    1: 2270, 2: 610, 3: 750, 4: 510, 5: 340, 6: 5800, 7: 2700, 8: 170, 9: 1160, 10: 1270, 11: 230, 12: 280,
    13: 350, 14: 320, 15: 270, 16: 3200, 17: 560, 18: 200, 19: 520, 20: 1060, 21: 1800, 22: 410, 23: 600,
    24: 240, 25: 750, 26: 920, 27: 2150, 28: 450, 29: 150, 30: 280, 31: 1550, 32: 450, 33: 1920, 34: 15600,
    35: 4450, 36: 275, 37: 380, 38: 1440, 39: 370, 40: 245, 41: 2100, 42: 2300, 43: 580, 44: 740, 45: 1470,
    46: 1120, 47: 870, 48: 1050, 49: 400, 50: 310, 51: 370, 52: 770, 53: 345, 54: 1100, 55: 1370, 56: 330,
    57: 220, 58: 640, 59: 1140, 60: 600, 61: 820, 62: 90, 63: 2170, 64: 375, 65: 1130, 66: 420, 67: 590,
    68: 430, 69: 85, 70: 260, 71: 280, 72: 630, 73: 560, 74: 200, 75: 95, 76: 205, 77: 300, 78: 250, 79: 150,
    80: 560, 81: 410,
}

DISTRICTS = {
    1: ("Seyhan", "Çukurova", "Yüreğir", "Sarıçam", "Ceyhan", "Kozan"),
    6: ("Çankaya", "Keçiören", "Yenimahalle", "Mamak", "Etimesgut", "Sincan", "Altındağ", "Gölbaşı", "Pursaklar"),
    7: ("Muratpaşa", "Konyaaltı", "Kepez", "Alanya", "Manavgat", "Kemer", "Serik"),
    16: ("Osmangazi", "Nilüfer", "Yıldırım", "İnegöl", "Gemlik", "Mudanya", "Gürsu"),
    21: ("Bağlar", "Kayapınar", "Sur", "Yenişehir", "Ergani"),
    27: ("Şahinbey", "Şehitkamil", "Nizip", "İslahiye"),
    33: ("Yenişehir", "Mezitli", "Toroslar", "Akdeniz", "Tarsus", "Erdemli"),
    34: ("Kadıköy", "Üsküdar", "Beşiktaş", "Şişli", "Bakırköy", "Ataşehir", "Bahçelievler", "Başakşehir",
         "Beylikdüzü", "Pendik", "Kartal", "Ümraniye", "Fatih", "Sarıyer", "Esenyurt", "Maltepe", "Küçükçekmece"),
    35: ("Konak", "Karşıyaka", "Bornova", "Buca", "Çiğli", "Bayraklı", "Gaziemir", "Balçova", "Torbalı"),
    41: ("İzmit", "Gebze", "Darıca", "Körfez", "Gölcük"),
    42: ("Selçuklu", "Meram", "Karatay", "Ereğli", "Akşehir"),
    55: ("Atakum", "İlkadım", "Canik", "Bafra", "Çarşamba"),
    61: ("Ortahisar", "Akçaabat", "Of", "Yomra"),
    76: ("Merkez", "Tuzluca", "Aralık", "Karakoyunlu"),
}
DEFAULT_DISTRICTS = ("Merkez",)

STREETS = (
    "Atatürk Caddesi", "Cumhuriyet Caddesi", "İstiklal Caddesi", "Gazi Mustafa Kemal Bulvarı", "İnönü Caddesi",
    "Hürriyet Caddesi", "Fevzi Çakmak Caddesi", "Kâzım Karabekir Caddesi", "Şehit Öğretmen Sokak", "Gül Sokak",
    "Çamlık Sokak", "Yeşilırmak Caddesi", "Ihlamur Sokak", "Söğütlü Sokak", "Hastane Caddesi", "Sağlık Sokak",
    "Değirmenönü Caddesi", "Kültür Sokak", "Çarşı Caddesi", "Menekşe Sokak",
)

UNIVERSITIES = {
    1: ("Çukurova Üniversitesi",),
    6: ("Hacettepe Üniversitesi", "Ankara Üniversitesi", "Gazi Üniversitesi", "Ankara Yıldırım Beyazıt Üniversitesi"),
    7: ("Akdeniz Üniversitesi",),
    9: ("Aydın Adnan Menderes Üniversitesi",),
    16: ("Bursa Uludağ Üniversitesi",),
    20: ("Pamukkale Üniversitesi",),
    21: ("Dicle Üniversitesi",),
    25: ("Atatürk Üniversitesi",),
    26: ("Eskişehir Osmangazi Üniversitesi",),
    27: ("Gaziantep Üniversitesi",),
    34: ("İstanbul Üniversitesi", "Marmara Üniversitesi", "İstanbul Üniversitesi-Cerrahpaşa",
         "İstanbul Medeniyet Üniversitesi"),
    35: ("Ege Üniversitesi", "Dokuz Eylül Üniversitesi", "İzmir Kâtip Çelebi Üniversitesi"),
    38: ("Erciyes Üniversitesi",),
    41: ("Kocaeli Üniversitesi",),
    42: ("Selçuk Üniversitesi", "Necmettin Erbakan Üniversitesi"),
    44: ("İnönü Üniversitesi",),
    55: ("Ondokuz Mayıs Üniversitesi",),
    58: ("Sivas Cumhuriyet Üniversitesi",),
    61: ("Karadeniz Teknik Üniversitesi",),
    65: ("Van Yüzüncü Yıl Üniversitesi",),
}
UNIVERSITY_HOSPITAL_SUFFIXES = ("Hastanesi", "Tıp Fakültesi Hastanesi", "Sağlık Uygulama ve Araştırma Merkezi")

# Ministry facilities: "{p}" is the province, "{d}" the district, "{n}" a number.
MINISTRY_PATTERNS = (
    "{p} Devlet Hastanesi", "{p} Şehir Hastanesi", "{p} Eğitim ve Araştırma Hastanesi", "{d} Devlet Hastanesi",
    "{p} Ağız ve Diş Sağlığı Merkezi", "{p} Fizik Tedavi ve Rehabilitasyon Hastanesi",
    "{p} Ruh Sağlığı ve Hastalıkları Hastanesi", "{p} Kadın Doğum ve Çocuk Hastalıkları Hastanesi",
    "{d} {n} Nolu Aile Sağlığı Merkezi", "{d} {n} Nolu Aile Sağlığı Merkezi", "{d} Toplum Sağlığı Merkezi",
)
PUBLIC_PATTERNS = (
    "{d} Belediyesi Tıp Merkezi", "{p} Büyükşehir Belediyesi Evde Sağlık Birimi", "{d} Belediyesi Sağlık Merkezi",
    "{p} İl Özel İdaresi Personel Sağlık Birimi",
)
PRIVATE_BRANDS = (
    "Şifa", "Yaşam", "Güneş", "Doğuş", "Işık", "Umut", "Çağdaş", "Hayat", "Gülhan", "Özgür", "Bereket", "Ilıca",
    "Yeni Ufuk", "Güven", "Anadolu Şifa", "Çınar", "Ömür", "Huzur", "Sağlıklı Yarınlar", "Deniz", "Başak",
    "Mavi Işık", "Ege Şifa", "Kardelen", "Sevgi", "Nilüfer", "Kuzey", "Akdeniz Yaşam",
)
PRIVATE_KINDS = (
    "Tıp Merkezi", "Tıp Merkezi", "Hastanesi", "Polikliniği", "Göz Hastalıkları Dal Merkezi",
    "Ağız ve Diş Sağlığı Polikliniği", "Ruh Sağlığı Polikliniği", "Fizik Tedavi ve Rehabilitasyon Merkezi",
    "Diyaliz Merkezi", "Check-Up Merkezi",
)

VENDOR_NAMES = (
    "Anadolu Sağlık Bilişim A.Ş.", "Boğaziçi Tele Tıp Yazılım Ltd. Şti.", "Ege Dijital Sağlık Teknolojileri A.Ş.",
    "Karadeniz Yazılım ve Bilişim Ltd. Şti.", "Çınar Medikal Yazılım A.Ş.", "Işıkgöz Bilgi Sistemleri A.Ş.",
    "Uzakşifa Teknoloji A.Ş.", "Güneydoğu Bilişim Hizmetleri Ltd. Şti.", "Öncü Sağlık Yazılımları A.Ş.",
    "Doruk Tele Sağlık A.Ş.", "Kuzey Yıldızı Yazılım Ltd. Şti.", "Akdeniz Medikal Bilişim A.Ş.",
    "Başak Dijital Sağlık A.Ş.", "Türkuaz Yazılım Teknolojileri Ltd. Şti.", "Şahinler Bilişim A.Ş.",
    "İnci Sağlık Teknolojileri A.Ş.", "Gökkuşağı Tele Tıp Ltd. Şti.", "Yeşilırmak Yazılım A.Ş.",
    "Toros Bilgi İşlem Ltd. Şti.", "Kapadokya Sağlık Bilişim A.Ş.", "Mavi Ufuk Yazılım Ltd. Şti.",
    "Uludağ Dijital Çözümler A.Ş.", "Pusula Medikal Yazılım A.Ş.", "Çağlayan Bilişim Ltd. Şti.",
    "Özgün Sağlık Yazılımları A.Ş.", "Erciyes Teknoloji A.Ş.", "Fırat Bilgi Sistemleri Ltd. Şti.",
    "Ilgaz Tele Sağlık A.Ş.", "Köprü Dijital Sağlık A.Ş.", "Nar Yazılım ve Danışmanlık Ltd. Şti.",
)
PRODUCT_SUFFIXES = ("Tele Muayene", "USH Platformu", "Uzaktan İzlem", "e-Konsültasyon", "Görüntülü Görüşme",
                    "Evde Sağlık Takip")

# (profession, weight); the branch follows from the profession (see demo_parties).
PROFESSIONS = (("uzman hekim", 70), ("hekim", 14), ("psikolog", 8), ("diyetisyen", 4), ("fizyoterapist", 4))
PROFESSION_BRANCH = {"psikolog": "KLINIK_PSIKOLOJI", "diyetisyen": "DIYET", "fizyoterapist": "FIZYOTERAPI"}
NON_PHYSICIAN_BRANCHES = frozenset(PROFESSION_BRANCH.values())

# Relative popularity of the USH service types (codes of resources/reference/ush_areas.csv; unknown codes get 1).
AREA_WEIGHTS = {
    "MUAYENE": 6, "IZLEM": 4, "KONTROL": 4, "DANISMANLIK": 4, "KONSULTASYON": 2, "PSIKOSOSYAL": 2,
    "YASLI_RISK": 1, "GIRISIMSEL": 0.3, "SALGIN": 0.5, "UZAKTAN_IZLEM": 2, "E_RECETE_RAPOR": 3,
}
DEVICE_AREA = "UZAKTAN_IZLEM"  # Ek-1 item 8 (TİTCK-registered devices) applies only with remote monitoring

# Ek-1 item numbers (working version) with the texts an officer writes: (description, required action).
DEFICIENCY_TEXTS = {
    1: ("Başvuru dilekçesi tesis yetkilisince imzalanmamış.", "İmzalı başvuru dilekçesinin gönderilmesi."),
    2: ("Faaliyet izin belgesinin güncel sureti eklenmemiş.",
        "Faaliyet izin belgesinin onaylı suretinin gönderilmesi."),
    4: ("Sağlık meslek mensuplarından birinin diploma tescil bilgisi eksik.",
        "Diploma tescil bilgilerinin tamamlanması."),
    5: ("Bir hekimin bu tesiste adına düzenlenmiş çalışma belgesi eklenmemiş.",
        "Çalışma belgesinin ÇKYS çıktısının gönderilmesi."),
    6: ("KTS Yetki Belgesinde geçerlilik süresi yer almıyor.",
        "Geçerlilik süresi içeren ve doğrulanabilir KTS Yetki Belgesinin gönderilmesi."),
    7: ("Teknik altyapı ve donanım bilgi formu eksik.", "Altyapı bilgi formunun doldurulup imzalanması."),
    8: ("Uzaktan izlemde kullanılacak cihazların ÜTS kayıt numaraları bildirilmemiş.",
        "Cihazların ÜTS kayıt numaralarının listelenmesi."),
    9: ("Hasta bilgilendirme ve açık onam metni sunulmamış.", "Bilgilendirme ve onam metinlerinin eklenmesi."),
    10: ("Kayıt saklama ve veri güvenliği politikası eklenmemiş.", "Veri güvenliği politikasının gönderilmesi."),
    11: ("Uzaktan sağlık hizmeti fiyat listesi sunulmamış.", "Fiyat listesinin gönderilmesi."),
    12: ("İmzalı taahhütname eksik.", "Tesis yetkilisince imzalanmış taahhütnamenin gönderilmesi."),
}
REJECTION_TEXTS = {
    2: "Tesisin faaliyet izin belgesinin süresi dolmuş; geçerli ruhsat bulunmuyor.",
    3: "Talep edilen USH alanları tesisin ruhsatında kayıtlı uzmanlık dalları kapsamında değil.",
    4: "Listedeki sağlık meslek mensuplarından birinin mesleğini icra yetkisi askıya alınmış.",
    5: "Bildirilen hekimlerin bu tesiste adına düzenlenmiş çalışma belgesi bulunmuyor.",
    6: "Kullanılacak USBS'nin üreticisi KTS aktif listesinde yer almıyor.",
    7: "Uzaktan görüşme için ayrılmış uygun bir alan bulunmadığı yerinde incelemede tespit edildi.",
    10: "Görüşme kayıtlarının yurt dışındaki bir sunucuda saklandığı anlaşıldı.",
}
WITHDRAW_REASONS = (
    "Başvuru sahibi tesis, dilekçesiyle başvurusunu geri çekti.",
    "Tesis uzaktan sağlık hizmeti vermekten vazgeçtiğini bildirdi.",
    "Tesis devri nedeniyle başvuru geri çekildi.",
)
SHGM_REJECTION_REASONS = (
    "Talep edilen alanlar için bildirilen hekim sayısı yeterli bulunmadı.",
    "Tesisin hizmet kapasitesi talep edilen alanlarda uzaktan sağlık hizmeti sunmaya uygun bulunmadı.",
    "Bildirilen USBS'nin hekim veri bankası entegrasyonu doğrulanamadı.",
)
MINISTRY_PERMISSION_REASON = ("Girişimsel veya cerrahi işlemler için Bakanlıktan ayrıca izin alınmadığından bu alan "
                              "verilmedi.")
AREA_DROP_REASON = "{area} alanında yetkin sağlık meslek mensubu bildirilmediğinden bu alan verilmedi."

USH_REGULATION = "Uzaktan Sağlık Hizmetlerinin Sunumu Hakkında Yönetmelik"
SBYS_REGULATION = "Sağlık Bilgi Yönetim Sistemleri Hakkında Yönetmelik"
SUSPENSION_REASONS = (
    "Denetimde görüşme kayıtlarının tutulmadığı tespit edildi; eksiklik giderilinceye kadar faaliyet durduruldu.",
    "Yetki verilen alan dışında hizmet sunulduğu tespit edildi.",
)
REVOCATION_REASONS = (
    "Tesisin faaliyet izin belgesi iptal edildi.",
    "Denetimde tesisin uzaktan sağlık hizmeti şartlarını artık taşımadığı tespit edildi.",
)
# a facility holds one live permit: the earlier one ends the day a new application's permit is issued
REPLACED_REASON = "Tesisin yeni başvurusu üzerine yeni izin belgesi düzenlendiğinden önceki izin iptal edildi."
EX_OFFICIO_REASONS = (
    "Bakanlığa bağlı sağlık tesisi; salgın döneminde uzaktan izlem hizmetinin sürdürülmesi için resen izin verildi.",
    "Bakanlığa bağlı sağlık tesisi; kırsal bölgelere uzaktan konsültasyon hizmeti için resen izin verildi.",
)

# KTS onboarding (SBSGM stages, ush-regulation.md §3) as ascii stage codes, in order.
# The onboarding audit's four tests (codes shared with app.workflows.kts.legal.AUDIT_TESTS).
AUDIT_TESTS = ("enabiz_data", "ckys_data_bank", "erapor_erecete", "usbs_screens")
ONBOARDING_STAGES = (
    "application", "document_check", "confidentiality_agreement", "test_firm_code", "ckys_test_data",
    "erapor_erecete_test_data", "audit_appointment", "audit", "web_service_check", "real_environment_info",
    "kts_announcement", "authorisation_certificate",
)
VENDOR_WARNING_TEXTS = (
    "e-Nabız'a veri gönderiminde zorunlu alanlar eksik gönderiliyor.",
    "Hekim veri bankası sorgusu her görüşmeden önce yapılmıyor.",
    "Erişim kayıtları (log) en az iki yıl saklanmıyor.",
    "Yazılım erişim kodu değişikliği 10 iş günü içinde KTS'ye bildirilmedi.",
)
PASSIVE_REASON = "Denetimde tespit edilen eksiklik verilen süre içinde giderilmedi."
DELETED_REASON = "Pasif listeye alındıktan sonra 3 ay içinde aktif listeye dönmedi."

_ASCII = str.maketrans({"ç": "c", "Ç": "c", "ğ": "g", "Ğ": "g", "ı": "i", "I": "i", "İ": "i", "ö": "o",
                        "Ö": "o", "ş": "s", "Ş": "s", "ü": "u", "Ü": "u", "â": "a", "Â": "a", "î": "i", "û": "u"})


def ascii_slug(text: str, limit: int = 40) -> str:
    """Lower-case ascii letters and digits only, for e-mail and KEP addresses."""
    return "".join(c for c in text.translate(_ASCII).lower() if c.isascii() and c.isalnum())[:limit]

# Telephone area codes of a few provinces; others get a plausible 3xx/4xx code.
PHONE_CODES = {1: ("322",), 6: ("312",), 7: ("242",), 16: ("224",), 34: ("212", "216"), 35: ("232",),
               41: ("262",), 42: ("332",), 76: ("476",)}
