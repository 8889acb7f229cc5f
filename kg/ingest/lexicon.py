"""Phrases that mark web-page boilerplate on news sites in general.

Collected from the furniture common to news CMSs (WordPress themes, Arc,
Brightspot, wire-service pages): navigation, share bars, sign-up and comment
prompts, teaser headings, disclaimers.  Exact phrases are compared with
:func:`normalise`-d lines; patterns run on the normalised line unless noted.
"""

from __future__ import annotations

import re


def normalise(text: str) -> str:
    """Lowercase words without punctuation: ``"Hi, what's up?"`` -> ``"hi what's up"``."""
    text = text.lower().replace("’", "'").replace("‘", "'")
    return " ".join(re.sub(r"[^\w' ]+|_", " ", text).split())


def _words(*phrases: str) -> frozenset[str]:
    return frozenset(normalise(p) for p in phrases)


NAVIGATION_EXACT = _words(
    "skip to content", "skip to main content", "skip to navigation", "skip to main navigation",
    "skip to footer", "skip to search", "skip to primary sidebar", "skip links", "jump to content",
    "jump to navigation", "connect with us", "follow us", "follow us on", "stay connected",
    "hi, what are you looking for?", "what are you looking for?", "search", "search for:",
    "search site", "search this site", "search the site", "type to search",
    "type and hit enter", "type above and press enter to search", "press enter to search",
    "press esc to cancel", "menu", "main menu", "open menu", "close menu", "toggle navigation",
    "navigation", "open navigation", "close navigation", "site navigation", "close", "home",
    "homepage", "back to top", "back to top button", "scroll to top", "go to top",
    "top of page", "return to top", "log in", "login", "sign in", "log out", "logout",
    "my account", "account", "edition", "change edition", "select language", "top stories",
    "latest", "latest news", "latest stories", "breaking news", "trending", "trending now",
    "popular", "most popular", "most read", "just in", "live updates", "load more",
    "show more", "view all", "see all", "see more", "more", "next", "previous",
    "next article", "previous article", "next story", "previous story", "next post",
    "previous post", "print", "print this page", "print article", "font size", "text size",
    "loading", "please wait", "you are here", "breadcrumb", "sections", "all sections",
    "play video", "watch video", "watch live", "listen to this article", "listen to article",
    "audio", "dark mode", "light mode", "notifications", "settings", "view gallery",
    "enlarge image", "open in app", "download the app", "get the app",
)
SOCIAL_EXACT = _words(
    "share", "share this", "share this:", "share this article", "share this story",
    "share this post", "share on facebook", "share on twitter", "share on x",
    "share on linkedin", "share on whatsapp", "share via email", "share via", "tweet",
    "tweet this", "facebook", "twitter", "x", "linkedin", "whatsapp", "reddit", "telegram",
    "pinterest", "tumblr", "email", "e-mail", "copy link", "copy url", "link copied",
    "share article", "save", "save article", "bookmark", "gift this article", "like",
    "like this", "like this:", "like loading", "reuse this content",
    "facebook twitter", "facebook twitter linkedin", "facebook twitter whatsapp email",
    "facebook twitter linkedin email", "facebook twitter pinterest email",
)
ADVERTISEMENT_EXACT = _words(
    "advertisement", "advertisment", "advertising", "ad", "ads", "sponsored",
    "sponsored content", "paid content", "paid post", "partner content", "promoted",
    "story continues below", "story continues below advertisement",
    "article continues below", "article continues below advertisement",
    "continue reading below", "continue reading the main story",
    "scroll to continue with content", "content continues below", "ad feedback",
    "report this ad", "advertise with us", "skip ad",
)
COMMENTS_EXACT = _words(
    "comments", "comment", "no comments", "0 comments", "add comment", "post comment",
    "submit comment", "view comments", "show comments", "hide comments", "load comments",
    "read comments", "name*", "email*", "website",
)
SIGN_UP_EXACT = _words(
    "subscribe", "subscribe now", "subscribe today", "sign up", "sign up now",
    "sign up today", "newsletter", "newsletters", "our newsletters", "get our newsletter",
    "sign up for our newsletter", "subscribe to our newsletter", "register", "join now",
    "donate", "donate now", "support us", "become a member",
)

EXACT = (
    ("navigation", NAVIGATION_EXACT),
    ("social", SOCIAL_EXACT),
    ("advertisement", ADVERTISEMENT_EXACT),
    ("comments", COMMENTS_EXACT),
    ("sign-up", SIGN_UP_EXACT),
)

# Short labels that name a site section; removed only above the first or below
# the last paragraph, where they label the page rather than the story.
SECTION_LABELS = _words(
    "news", "world", "world news", "politics", "business", "economy", "markets", "finance",
    "opinion", "analysis", "editorial", "editorials", "commentary", "features", "feature",
    "national", "international", "local", "regional", "global", "asia", "asia pacific",
    "europe", "africa", "americas", "middle east", "latin america", "us", "us news", "uk",
    "uk news", "china", "india", "sport", "sports", "tech", "technology", "science",
    "health", "entertainment", "culture", "arts", "lifestyle", "travel", "environment",
    "climate", "human rights", "foreign policy", "diplomacy", "defense", "defence",
    "security", "elections", "trade", "breaking", "exclusive", "live", "video", "videos",
    "podcast", "podcasts", "photos", "gallery", "explainer", "investigations", "top news",
    "headlines", "in depth", "fact check", "weather", "obituaries", "press release",
)
FOOTER = _words(
    "about", "about us", "contact", "contact us", "privacy", "privacy policy", "terms",
    "terms of use", "terms of service", "terms and conditions", "cookie policy",
    "cookie settings", "careers", "jobs", "sitemap", "site map", "rss", "rss feeds", "faq",
    "help", "accessibility", "corrections", "ethics policy", "masthead", "our team",
    "imprint", "legal", "do not sell my personal information", "manage cookies",
)

COMMENT_PREFIX = re.compile(
    r"^(click to comment|leave a (reply|comment)|post a comment|add a comment|"
    r"cancel reply|your email address will not be published|required fields are marked|"
    r"you must be (logged in|registered)|join the (conversation|discussion)|"
    r"\d+ (comments?|responses?|replies)$|no comments yet|be the first to comment|"
    r"comments (are|have been) (closed|disabled|turned off)|comment policy|"
    r"save my name email and website|notify me of (follow up comments|new posts|new comments)|"
    r"this site uses akismet|commenting (has been|is) (disabled|closed)|"
    r"show \d+ comments|view \d+ comments|we welcome (your )?comments)\b"
)
READING_TIME = re.compile(
    r"^(reading time \d+ min\w*|\d+ min(ute)?s? read|estimated read(ing)? time)\b"
)
TAGS_LINE = re.compile(r"^(tags|topics|filed under|categories|category|related topics)\s*:", re.I)

SIGN_UP_START = re.compile(
    r"^(sign ?up|subscribe|register|join|get|receive|enter your email|want|don't miss|"
    r"never miss|stay (informed|in the know|up to date|updated|ahead|tuned)|"
    r"like (this|what you)|enjoy(ed)? (this|reading)|support (our|independent|quality)|"
    r"become a (member|subscriber|supporter|patron)|already a (subscriber|member)|"
    r"click here to (subscribe|sign up|join)|to (receive|get) (our|the latest)|"
    r"(follow|find) us on|download (our|the) app|you can unsubscribe)\b"
)
SIGN_UP_NOUN = re.compile(
    r"\b(newsletters?|inbox|e ?mail|updates|alerts|briefings?|digest|bulletins?|"
    r"subscribers?|subscription|mailing list|membership|daily|weekly|free|podcast|"
    r"journalism|app|facebook|twitter|instagram|telegram|whatsapp|youtube|google news)\b"
)
SIGN_UP_ANYWHERE = re.compile(
    r"(delivered|straight|direct(ly)?) to your inbox|enter your email( address)? (to|below|here)|"
    r"by (signing up|subscribing|registering) you (agree|acknowledge)|unsubscribe at any time|"
    r"thank(s| you) for (signing up|subscribing)|protected by recaptcha|"
    r"subscribe to (continue|keep) reading|you('ve| have) (reached|read) (your|the) "
    r"(limit|maximum|last free)|this (article|content|story) is (for|available to|only for) "
    r"(subscribers|members)|(support|fund) (our|independent|quality) journalism|"
    r"make a (donation|contribution)"
)
COOKIES = re.compile(
    r"\b(we|this (site|website)|our (site|website)) uses? cookies|accept (all )?cookies|"
    r"cookie (policy|settings|preferences|consent)|by continuing to (use|browse) (this|our)"
)

# Run on the original line: a link label followed by the linked headline.
INLINE_TEASER = re.compile(
    r"^\W{0,2}(read more|read also|also read|read next|related|related story|related article|"
    r"related coverage|related content|related news|related video|see also|also see|"
    r"more on this( story)?|more|must read|don't miss|recommended|watch|watch now|"
    r"listen|keep reading|explore more|click here|also on [\w ]{1,20})\W{0,2}\s*[:|>»›–—-]+\s*\S",
    re.IGNORECASE,
)
AUDIO_PREFIX = re.compile(
    r"^(press play to listen to (this|the) (article|story)|listen to (this|the) (article|story)"
    r"(\s*[·•|-]?\s*\d+\s*min\w*)?|audio (version|player)[\w ]{0,20})\s*[:.–—-]?\s*",
    re.IGNORECASE,
)

_HEAD = r"( \S+){0,4}$"  # a heading may name the site: "More from Reuters"
STRONG_TAIL_HEADING = re.compile(
    r"^(you (may|might) (also )?(like|enjoy|be interested in)|you may have missed|"
    r"we recommend|recommended( for you| stories| articles| reading| videos?)?|"
    r"related( articles| stories| posts| news| content| coverage| reading| links| topics| videos)?|"
    r"more (stories|news|articles|headlines|to explore|like this|to read|reading|from|in|on)|"
    r"other (stories|news|articles)|also in the news|in other news|"
    r"most (read|popular|viewed|shared|watched)|popular (stories|posts|articles|now|news)|"
    r"trending( now| stories| articles| news)?|latest (news|stories|articles|posts|videos)|"
    r"top (stories|picks|news)|what to read next|read next|up next|next up|"
    r"don't miss( out)?|editors' picks|editor's picks|editors picks|"
    r"(from )?around the web|from the web|sponsored stories|promoted stories|"
    r"in case you missed it|further reading|see also|must reads?|explore more|discover more|"
    r"stories you (may|might) (like|have missed)|you might have missed)" + _HEAD
)
WEAK_TAIL_HEADING = re.compile(
    r"^(read more|read also|also read|continue reading|keep reading|see more|show more|"
    r"load more|view more|more|next|topics|tags|filed under|categories|share this)" + _HEAD
)

_WHOSE = (
    r"(the|this|our|its) (site|website|publication|newspaper|outlet|platform|portal|author|"
    r"authors|editors?|editorial board|publisher|management|company|organi[sz]ation)"
)
DISCLAIMER = re.compile(
    r"\b(does|do|did) not necessarily (reflect|represent|express|constitute)|"
    r"\b(express\w*|reflect\w*|represent\w*) the (point of view|views?|opinions?|position|"
    r"policy|policies) of " + _WHOSE + "|"
    r"\b(views|opinions) (and opinions )?expressed (here|herein|in this|are|by)|"
    r"\b(automatically|machine|programmatic\w*|ai)[ -](generated|translated|translation|"
    r"published|produced|written)|"
    r"\b(translat\w+|generat\w+|publish\w+|transmit\w*|produc\w+) (this|these|the|our|it) "
    r".{0,40}\b(automatically|programmatic\w*|by (an )?(ai|machine|algorithm))|"
    r"\bnot (from|by) a human (editor|journalist)|"
    r"\b(has|have) not been edited by|auto generated from a syndicated feed|"
    r"^disclaimer\b|\bfor (general )?informational purposes only|"
    r"\bsolely responsible for (the|its|their) content|"
    r"^this (article|story|post|piece) (was|is|has been) (originally )?(published|republished) "
    r"(on|in|by|with)"
)
# Run on the original line: a credit names people, so the name is capitalised.
CREDITS = re.compile(
    r"^[(\[]?\s*(?i:additional reporting|reporting|writing|editing|compiled|edited|written|"
    r"research|translated|translation|production) by [A-Z]|"
    r"(?i:\bcontributed (to )?(this|the) (report|story|article))|"
    r"^(?i:with (reporting|input|additional reporting) (from|by)) [A-Z]"
)
WIRE_CREDIT = re.compile(
    r"^[-—–(\s]*(ap|afp|reuters|xinhua|ians|pti|ani|dpa|efe|ansa|upi|bernama|kyodo|yonhap)"
    r"\s*\)?\s*\.?$",
    re.IGNORECASE,
)
# Run on the lowercased line, so that "©" and "(c)" survive.
COPYRIGHT = re.compile(
    r"^(©|\(c\)|copyright\b)|all rights reserved|may not be (published|reproduced|rewritten|"
    r"redistributed)|without (prior )?(written )?permission"
)
MENU_SEPARATOR = re.compile(r"\s+[|•·»›>/]\s+")
