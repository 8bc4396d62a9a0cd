// The simplified-character form of each quote, for display. The copy we hold was converted to
// traditional characters, but the document was issued in simplified ones; the verbatim quote stays
// the citation (tested against the text), and tests/rules/guangzhou-2011 holds each entry equal to
// opencc-js's traditional-to-simplified conversion of its quote.
export const SIMPLIFIED_QUOTES: Readonly<Record<string, string>> = Object.freeze({
  "街道“一隊三中心”組建及人員整合工作最遲在2012年上半年內全部完成":
    "街道“一队三中心”组建及人员整合工作最迟在2012年上半年内全部完成",
  "到2015年,社區居民委員會直選比例達到50%":
    "到2015年,社区居民委员会直选比例达到50%",
  "采取“一居一站”模式規范建立社區服務站":
    "采取“一居一站”模式规范建立社区服务站",
  "實現社區每萬名居民有2名合格的全科醫生":
    "实现社区每万名居民有2名合格的全科医生",
  "到2015年每千名老人擁有養老床位不少于30張":
    "到2015年每千名老人拥有养老床位不少于30张",
  "到2015年,全市實現每萬人中有5名社工":
    "到2015年,全市实现每万人中有5名社工",
  "2012年前,每個街道建立一個家庭綜合服務中心、一個文化活動中心、一個體育休閑公園、一個衛生服務中心、一個視頻監控系統":
    "2012年前,每个街道建立一个家庭综合服务中心、一个文化活动中心、一个体育休闲公园、一个卫生服务中心、一个视频监控系统",
  "確保社區黨組織有專職工作人員、有辦公場所、有活動經費":
    "确保社区党组织有专职工作人员、有办公场所、有活动经费",
  "每兩年開展一次示范街道、示范社區評選活動":
    "每两年开展一次示范街道、示范社区评选活动",
});
