# Handover: English (the reference catalog).
#
# Every other catalog has exactly these message ids (a test checks it).
# Variables: $count is a number already formatted for the language; $n is the
# same number for plural selectors. Keep placeholders such as { $title } as
# they are; keep “Sign” and other quoted button names equal to the button's own
# message.

## Every page

site-name = Handover
skip-to-content = Skip to content
footer-privacy = Privacy
footer-your-data = Your data
language-menu = Language
title-separator = ·

## Home

home-heading = Petitions
home-empty = There are no petitions yet. An organizer can add one with { $command }.
home-to = to { $recipient }

## Petition page

petition-to = Petition to { $recipient }
petition-signatures = Signatures
# Shown after the number in bold: "12,345 verified signatures".
petition-count-label =
    { $n ->
        [one] verified signature
       *[other] verified signatures
    }
petition-goal = of a goal of { $count }
petition-organized-by = Organized by { $organizer }
petition-not-open = This petition is not open for signatures yet. Please come back when it opens.
petition-closed = This petition is closed and no longer takes signatures. Thank you to everyone who signed.
points-heading = Verified signatures by delivery point
# A delivery point in the counts list: "Embassy of X, Seoul: 1,234".
point-count = { $name }, { $city }: { $count }

## The sign form

sign-heading = Sign the petition
errors-heading =
    { $n ->
        [one] Please check this answer
       *[other] Please check these { $count } answers
    }
error-prefix = Error:
field-name = Your name
field-email = Your email address
field-email-hint = We send you a link to confirm. It is never shown to anyone or handed over.
field-country = The country you live in
choose = Choose…
countries-with-points = Countries with a delivery point
countries-all = All countries
field-city = Your city
field-point = Where your signature is handed over
field-point-hint = A local group delivers the signatures in person at each embassy or consulate.
field-packet = How your name appears on the list handed over
field-packet-hint = The list is given to officials of { $recipient }. If naming yourself could put you or your family at risk, choose initials or “Anonymous”: your signature counts the same.
packet-full = My full name
packet-initials = My initials only
packet-anonymous = “Anonymous”
field-comment = A comment for the list
field-comment-hint = Optional, up to 500 characters.
honeypot = Leave this field empty
field-consent = I agree that my signature is stored to be counted and delivered as chosen above. My email address is never shown or handed over.
consent-privacy-link = How we protect your data
sign-button = Sign

## Messages about the sign form's answers

error-name-missing = Please enter your name.
error-name-too-long = A name has at most 200 characters.
error-city-missing = Please enter your city.
error-city-too-long = A city has at most 100 characters.
error-comment-too-long = A comment has at most 500 characters.
error-control-chars = Please remove the invisible control characters.
error-email-missing = Please enter your email address.
error-email-too-long = An email address has at most 254 characters.
error-email-malformed = This does not look like an email address (name@example.org).
error-country = Please choose your country from the list.
error-packet = Please choose how your name appears.
error-point = Please choose where your signature is delivered.
error-consent = Please tick the box to agree, or your signature cannot be kept.
error-form-expired = This form had expired. Your answers are kept: please press “Sign” again.
error-disposable-domain = Addresses from this email provider cannot sign: it hands out throwaway addresses. Please use a permanent address.
error-blocked-network = Signing from your network is blocked because of abuse from it. Please try from another connection; your answers are kept.
error-rate-limited =
    { $n ->
        [one] Many people are signing from your network right now. Your answers are kept: please press “Sign” again in one minute.
       *[other] Many people are signing from your network right now. Your answers are kept: please press “Sign” again in { $count } minutes.
    }

## After signing

thanks-title = Check your email
thanks-lead = We have sent you an email. Open the link in it and press “Confirm my signature”: your signature counts only then.
thanks-more = The email can take a few minutes. If you do not see it, look in your spam folder. If you signed before with this address, the email tells you so; nobody is counted twice.
back-to = Back to “{ $title }”

## Confirming

verify-title = Confirm your signature
verify-button = Confirm my signature
verify-only-button = Only pressing the button confirms. If you did not sign, close this page: nothing will be counted.
verify-form-expired = This page had expired. Please press “Confirm my signature” again.
verified-title = Thank you: your signature counts
verified-message = Your signature is confirmed and now counts. It will be handed over with the others at the delivery point you chose.
already-title = Already confirmed
already-message = Your signature was already confirmed. It counts once; there is nothing more to do.
count-so-far =
    { $n ->
        [one] { $count } verified signature so far.
       *[other] { $count } verified signatures so far.
    }
verify-not-open = This petition is not taking signatures now, so your signature could not be confirmed.
verify-withdrawn-title = This signature was withdrawn
verify-withdrawn-message = You withdrew this signature, so it does not count. To sign again, use the form on the petition page.
sign-again = Sign again
verify-invalidated-title = This signature does not count
verify-invalidated-message = The petition's organizers set this signature aside, usually because many signatures like it looked fake. It does not count and will not be handed over. If you think this is a mistake, contact the organizers.
link-expired-title = This link has expired
link-expired-message = This confirmation link is no longer valid. Sign again with the same email address and we will send you a new link; you will not be counted twice.
get-new-link = Get a new link
link-unknown-title = This link is not valid
link-unknown-message = We do not know this confirmation link. Check that you copied the whole link from the email, or sign again on the petition page to get a new one.
find-petition = Find the petition

## Withdrawing

withdraw-title = Withdraw your signature
withdraw-explain = Your signature will stop counting at once and will not be in any list handed over from now on.
withdraw-button = Withdraw my signature
withdrawn-title = Your signature is withdrawn
withdrawn-message = Your signature no longer counts and will not be handed over. If you change your mind, you can sign again.
withdraw-form-expired = This page had expired. Please press “Withdraw my signature” again.
withdraw-link-unknown = We do not know this withdrawal link, or it has expired. Use the newest link from your confirmation email.

## Privacy

privacy-title = Privacy
privacy-lead = Some people who sign, or their families, may be at risk if their signature became known. We keep as little as we can and show less.
privacy-store-heading = What we store
privacy-store-fields = Your name, email address, country, city, the delivery point you chose, how your name should appear, and your comment.
privacy-store-times = When you signed and when you confirmed.
privacy-store-links = Only a one-way fingerprint of the links we email you, never the links themselves.
privacy-store-ip = A keyed one-way fingerprint of your IP address, so that floods from one address can be found and removed; never the address itself.
privacy-who-heading = Who sees it
privacy-who-public = The public sees only counts, never names.
privacy-who-packet = The packet handed over at the delivery point carries your name as you chose it (full, initials or “Anonymous”), your city and country, the date and your comment. It never carries your email address.
privacy-who-organizers = The petition's organizers can see signatures for their delivery points.
privacy-who-nobody = Nobody, not even someone who knows your address, can learn from this site whether you signed: every submission gets the same answer, and only your mailbox hears back.
privacy-change-heading = Changing your mind
privacy-change-withdraw = The email that asks you to confirm also holds a link to withdraw your signature, before or after you confirm. A withdrawn signature stops counting at once and is left out of every list handed over from then on.
privacy-change-data = You can also see everything stored about your email address, and delete it: we send a link to that address, so only its owner can look.
privacy-change-data-link = See or delete your data
privacy-long-heading = How long
privacy-long = Signatures that are never confirmed are deleted once their confirmation link has expired (after 7 days unless the organizers set otherwise). Your email address is used only to confirm your signature and to answer you; it is never shown to anyone and never handed over. When a petition has been closed for its retention period (90 days unless the organizers set otherwise), the email addresses and IP fingerprints of its signers are erased; the list as delivered and the counts remain.

## A signer's data

my-data-title = Your data
my-data-request-heading = See or delete your data
my-data-request-explain = Give the email address you signed with. If it signed a petition here, we send it a link that shows everything stored about it and lets you delete it. For everyone's safety this page always gives the same answer: only your mailbox learns whether the address signed.
my-data-email = Email address
my-data-send = Send me the link
my-data-privacy-link = What is stored, who sees it, and for how long
my-data-form-expired = This form had expired. Please press “Send me the link” again.
my-data-rate-limited = Too many requests from your network right now. Please try again in a few minutes.
my-data-sent-title = Check your email
my-data-sent-message = If this address has signed a petition here, we have sent it a link to see and delete what is stored about it. The link works for a limited time. If nothing arrives, check your spam folder, or the address you typed.
my-data-intro = This is everything stored about your email address { $email }. Your IP address itself is never stored, only a keyed fingerprint of it, used against floods of fake signatures.
my-data-state = State
my-data-name = Name
my-data-packet = In the delivered list as
my-data-country = Country
my-data-city = City
my-data-point = Delivered at
my-data-comment = Comment
my-data-signed = Signed
my-data-confirmed = Confirmed
my-data-ip = IP fingerprint
my-data-none = none
my-data-stored = stored
my-data-not-confirmed = not confirmed
my-data-delete-heading = Delete everything
my-data-delete-explain = Deleting removes all of the above for good: your signatures stop counting at once and are left out of every list handed over from now on. Lists that were already handed over cannot be taken back.
my-data-delete-button = Delete all my data
my-data-deleted-title = Your data is deleted
my-data-deleted-message = Everything stored about your email address here is deleted. Your signatures no longer count and will not be handed over. You can sign again at any time.
my-data-link-unknown-title = This link is not valid
my-data-link-unknown-message = We do not know this link, or it has expired, or the data it showed was deleted. You can ask for a new link on the “Your data” page.
my-data-delete-expired = This page had expired. Please press “Delete all my data” again.
state-pending = waiting for you to confirm by email
state-verified = confirmed: it counts
state-withdrawn = withdrawn by you: it does not count
state-invalidated = set aside by the organizers: it does not count
packet-as-full = your full name
packet-as-initials = your initials
packet-as-anonymous = “Anonymous”

## Errors

error-page-home = Go to the home page
error-not-found-title = Page not found
error-not-found = There is no page at this address. Check the link, or start from the home page.
error-bad-request-title = Request not understood
error-forbidden-title = Not allowed
error-conflict-title = Not possible now
error-internal-title = Something went wrong
error-internal = Something went wrong on our side. Nothing you did caused it; please try again in a minute.
error-form-too-large-title = Form too large
error-form-too-large = The form you sent is far larger than any real signature. Please go back and shorten it.
error-form-unreadable-title = Form not understood
error-form-unreadable = The form you sent could not be read. Please go back and submit it again.

## Mail: confirm a signature

mail-hello = Hello { $name },
mail-hello-anonymous = Hello,
mail-verify-subject = Confirm your signature: { $title }
mail-verify-thanks = thank you for signing “{ $title }”.
mail-verify-counts-only = Your signature counts only once you confirm it. Open this link and press “Confirm my signature”:
mail-verify-button = Confirm my signature
mail-link-until = The link works until { $time }.
mail-verify-not-you = If you did not sign this petition, ignore this email: nothing will be counted and nobody will be told.
mail-verify-withdraw = Changed your mind, now or later? This link withdraws your signature, before or after you confirm it:
mail-verify-withdraw-link = Withdraw your signature
mail-petition = The petition: { $link }
mail-petition-link = The petition

## Mail: already signed

mail-already-subject = You have already signed: { $title }
mail-already-again = someone, probably you, just submitted the petition “{ $title }” again with this email address.
mail-already-counts = You have already signed and confirmed it: your signature counts. There is nothing more to do.

## Mail: a signer's data

mail-data-subject = Your data on { $site }
mail-data-asked =
    { $n ->
        [one] someone, probably you, asked on { $site } what is stored about this email address, which has signed one petition there.
       *[other] someone, probably you, asked on { $site } what is stored about this email address, which has signed { $count } petitions there.
    }
mail-data-see = See it, and delete it if you wish, with this link:
mail-data-button = See and delete my data
mail-data-only-you = Only you can open it: it was sent to this address alone. If you did not ask, you can ignore this mail: nothing changes.

## Mail: an organizer's invitation

mail-invite-subject = You are invited to organize on Handover
mail-invite-given = you have been given an organizer account ({ $role }) on Handover.
mail-invite-set = Set your password with this one-time link (it works for 72 hours):
mail-invite-ignore = If you did not expect this, ignore this email.

## Countries (generated by countries.py from CLDR: do not translate by hand)

country-AD = 안도라
country-AE = 아랍에미리트
country-AF = 아프가니스탄
country-AG = 앤티가 바부다
country-AI = 앵귈라
country-AL = 알바니아
country-AM = 아르메니아
country-AO = 앙골라
country-AQ = 남극 대륙
country-AR = 아르헨티나
country-AS = 아메리칸 사모아
country-AT = 오스트리아
country-AU = 오스트레일리아
country-AW = 아루바
country-AX = 올란드 제도
country-AZ = 아제르바이잔
country-BA = 보스니아 헤르체고비나
country-BB = 바베이도스
country-BD = 방글라데시
country-BE = 벨기에
country-BF = 부르키나파소
country-BG = 불가리아
country-BH = 바레인
country-BI = 부룬디
country-BJ = 베냉
country-BL = 생바르텔레미
country-BM = 버뮤다
country-BN = 브루나이
country-BO = 볼리비아
country-BQ = 네덜란드령 카리브
country-BR = 브라질
country-BS = 바하마
country-BT = 부탄
country-BV = 부베섬
country-BW = 보츠와나
country-BY = 벨라루스
country-BZ = 벨리즈
country-CA = 캐나다
country-CC = 코코스 제도
country-CD = 콩고-킨샤사
country-CF = 중앙 아프리카 공화국
country-CG = 콩고-브라자빌
country-CH = 스위스
country-CI = 코트디부아르
country-CK = 쿡 제도
country-CL = 칠레
country-CM = 카메룬
country-CN = 중국
country-CO = 콜롬비아
country-CR = 코스타리카
country-CU = 쿠바
country-CV = 카보베르데
country-CW = 퀴라소
country-CX = 크리스마스섬
country-CY = 키프로스
country-CZ = 체코
country-DE = 독일
country-DJ = 지부티
country-DK = 덴마크
country-DM = 도미니카
country-DO = 도미니카 공화국
country-DZ = 알제리
country-EC = 에콰도르
country-EE = 에스토니아
country-EG = 이집트
country-EH = 서사하라
country-ER = 에리트리아
country-ES = 스페인
country-ET = 에티오피아
country-FI = 핀란드
country-FJ = 피지
country-FK = 포클랜드 제도
country-FM = 미크로네시아
country-FO = 페로 제도
country-FR = 프랑스
country-GA = 가봉
country-GB = 영국
country-GD = 그레나다
country-GE = 조지아
country-GF = 프랑스령 기아나
country-GG = 건지
country-GH = 가나
country-GI = 지브롤터
country-GL = 그린란드
country-GM = 감비아
country-GN = 기니
country-GP = 과들루프
country-GQ = 적도 기니
country-GR = 그리스
country-GS = 사우스조지아 사우스샌드위치 제도
country-GT = 과테말라
country-GU = 괌
country-GW = 기니비사우
country-GY = 가이아나
country-HK = 홍콩(중국 특별행정구)
country-HM = 허드 맥도널드 제도
country-HN = 온두라스
country-HR = 크로아티아
country-HT = 아이티
country-HU = 헝가리
country-ID = 인도네시아
country-IE = 아일랜드
country-IL = 이스라엘
country-IM = 맨섬
country-IN = 인도
country-IO = 영국령 인도양 지역
country-IQ = 이라크
country-IR = 이란
country-IS = 아이슬란드
country-IT = 이탈리아
country-JE = 저지
country-JM = 자메이카
country-JO = 요르단
country-JP = 일본
country-KE = 케냐
country-KG = 키르기스스탄
country-KH = 캄보디아
country-KI = 키리바시
country-KM = 코모로
country-KN = 세인트키츠 네비스
country-KP = 북한
country-KR = 대한민국
country-KW = 쿠웨이트
country-KY = 케이맨 제도
country-KZ = 카자흐스탄
country-LA = 라오스
country-LB = 레바논
country-LC = 세인트루시아
country-LI = 리히텐슈타인
country-LK = 스리랑카
country-LR = 라이베리아
country-LS = 레소토
country-LT = 리투아니아
country-LU = 룩셈부르크
country-LV = 라트비아
country-LY = 리비아
country-MA = 모로코
country-MC = 모나코
country-MD = 몰도바
country-ME = 몬테네그로
country-MF = 생마르탱
country-MG = 마다가스카르
country-MH = 마셜 제도
country-MK = 북마케도니아
country-ML = 말리
country-MM = 미얀마
country-MN = 몽골
country-MO = 마카오(중국 특별행정구)
country-MP = 북마리아나제도
country-MQ = 마르티니크
country-MR = 모리타니
country-MS = 몬트세라트
country-MT = 몰타
country-MU = 모리셔스
country-MV = 몰디브
country-MW = 말라위
country-MX = 멕시코
country-MY = 말레이시아
country-MZ = 모잠비크
country-NA = 나미비아
country-NC = 뉴칼레도니아
country-NE = 니제르
country-NF = 노퍽섬
country-NG = 나이지리아
country-NI = 니카라과
country-NL = 네덜란드
country-NO = 노르웨이
country-NP = 네팔
country-NR = 나우루
country-NU = 니우에
country-NZ = 뉴질랜드
country-OM = 오만
country-PA = 파나마
country-PE = 페루
country-PF = 프랑스령 폴리네시아
country-PG = 파푸아뉴기니
country-PH = 필리핀
country-PK = 파키스탄
country-PL = 폴란드
country-PM = 생피에르 미클롱
country-PN = 핏케언 제도
country-PR = 푸에르토리코
country-PS = 팔레스타인 지구
country-PT = 포르투갈
country-PW = 팔라우
country-PY = 파라과이
country-QA = 카타르
country-RE = 레위니옹
country-RO = 루마니아
country-RS = 세르비아
country-RU = 러시아
country-RW = 르완다
country-SA = 사우디아라비아
country-SB = 솔로몬 제도
country-SC = 세이셸
country-SD = 수단
country-SE = 스웨덴
country-SG = 싱가포르
country-SH = 세인트헬레나
country-SI = 슬로베니아
country-SJ = 스발바르제도-얀마웬섬
country-SK = 슬로바키아
country-SL = 시에라리온
country-SM = 산마리노
country-SN = 세네갈
country-SO = 소말리아
country-SR = 수리남
country-SS = 남수단
country-ST = 상투메 프린시페
country-SV = 엘살바도르
country-SX = 신트마르턴
country-SY = 시리아
country-SZ = 에스와티니
country-TC = 터크스 케이커스 제도
country-TD = 차드
country-TF = 프랑스령 남방 지역
country-TG = 토고
country-TH = 태국
country-TJ = 타지키스탄
country-TK = 토켈라우
country-TL = 동티모르
country-TM = 투르크메니스탄
country-TN = 튀니지
country-TO = 통가
country-TR = 튀르키예
country-TT = 트리니다드 토바고
country-TV = 투발루
country-TW = 대만
country-TZ = 탄자니아
country-UA = 우크라이나
country-UG = 우간다
country-UM = 미국령 해외 제도
country-US = 미국
country-UY = 우루과이
country-UZ = 우즈베키스탄
country-VA = 바티칸 시국
country-VC = 세인트빈센트그레나딘
country-VE = 베네수엘라
country-VG = 영국령 버진아일랜드
country-VI = 미국령 버진아일랜드
country-VN = 베트남
country-VU = 바누아투
country-WF = 왈리스-푸투나 제도
country-WS = 사모아
country-YE = 예멘
country-YT = 마요트
country-ZA = 남아프리카
country-ZM = 잠비아
country-ZW = 짐바브웨
